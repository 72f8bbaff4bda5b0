package org.attune.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.attune.io.FailureReason;
import org.attune.io.InflationLimit;
import org.attune.io.RefiGuid;
import org.attune.io.SafeXml;
import org.attune.io.TextDecoding;
import org.attune.io.XmlCursor;
import org.attune.io.UnreadableTextException;

/**
 * Reads a REFI-QDA project (.qdpx) leniently, as other tools write them: any namespace version or
 * none, a {@code .qde} of any name, {@code sources/} in any case, {@code internal://},
 * {@code relative://} and bare source paths, text inline or in files, byte order marks and CRLF.
 * What it leaves out is listed in {@link QdpxContent#discarded()}.
 * <p>
 * The file is untrusted: an entry whose path would leave the archive's folder, more entries or
 * bytes than any real project has, a DTD, or a selection outside its source's text refuses the
 * whole file with a {@link QdpxFormatException} saying which entry, line or selection.
 */
public final class QdpxReader {

    /** Far more than a project of transcripts has; an archive with more is not one. */
    static final int MAX_ENTRIES = 20_000;
    /** The total of all entries inflated. */
    static final long MAX_TOTAL_BYTES = 1L << 30;

    private final Path file;
    private final String fileName;
    private final List<String> discarded = new ArrayList<>();

    private QdpxReader(Path file) {
        this.file = file;
        this.fileName = file.getFileName().toString();
    }

    /** Reads the file; throws QdpxFormatException for what cannot be read. */
    public static QdpxContent read(Path file) {
        return new QdpxReader(file).read();
    }

    private QdpxContent read() {
        try {
            org.attune.io.InputFile.check(file, Long.MAX_VALUE);
        } catch (org.attune.io.UnreadableFileException e) {
            throw new QdpxFormatException(fileName, e.getMessage());
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Map<String, ZipEntry> entries = entries(zip);
            ZipEntry qde = qde(entries);
            long archiveSize = Files.size(file);
            Budget budget = new Budget();
            byte[] qdeBytes = bytes(zip, qde, archiveSize, budget);
            Document document = new Document(qde.getName(), qdeBytes);
            document.parse();
            List<QdpxSource> sources = new ArrayList<>();
            for (SourceElement source : document.sources) {
                QdpxSource read = source(zip, entries, archiveSize, budget, source, document);
                if (read != null) {
                    sources.add(read);
                }
            }
            QdpxProject project = new QdpxProject(document.projectName, document.origin, document.created, document.description,
                    document.users, sources);
            return new QdpxContent(project, qde.getName(), qdeBytes, document.hasCodeBook, discarded);
        } catch (ZipException e) {
            throw new QdpxFormatException(fileName, "not a REFI-QDA project: a .qdpx is a ZIP archive, and this one cannot be"
                    + " read as one (" + FailureReason.of(e) + ")", e);
        } catch (IOException e) {
            throw new QdpxFormatException(fileName, "cannot be read: " + FailureReason.of(e), e);
        }
    }

    /** The entries by name, refusing names that leave the archive's folder and archives too large to be projects. */
    private Map<String, ZipEntry> entries(ZipFile zip) {
        if (zip.size() > MAX_ENTRIES) {
            throw new QdpxFormatException(fileName, "holds " + zip.size() + " entries; a REFI-QDA project has far fewer (at most "
                    + MAX_ENTRIES + " are read): refused");
        }
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        var all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            if (escapes(name)) {
                throw new QdpxFormatException(fileName, "the entry '" + name + "' has a path that leaves the archive's folder"
                        + " (zip slip): refused, nothing was read");
            }
            if (!entry.isDirectory()) {
                entries.put(name, entry);
            }
        }
        return entries;
    }

    static boolean escapes(String name) {
        String path = name.replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.indexOf('\0') >= 0) {
            return true;
        }
        int depth = 0;
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                depth--;
            } else if (!part.isEmpty() && !part.equals(".")) {
                depth++;
            }
            if (depth < 0) {
                return true;
            }
        }
        return false;
    }

    /** The project document: one .qde at the top of the archive, project.qde when there are several. */
    private ZipEntry qde(Map<String, ZipEntry> entries) {
        List<ZipEntry> found = entries.values().stream()
                .filter(e -> !e.getName().contains("/") && e.getName().toLowerCase(Locale.ROOT).endsWith(".qde")).toList();
        if (found.isEmpty()) {
            throw new QdpxFormatException(fileName, "holds no .qde document at its top level: a REFI-QDA project (.qdpx)"
                    + " is a ZIP archive with project.qde and a sources/ folder");
        }
        if (found.size() == 1) {
            return found.getFirst();
        }
        return found.stream().filter(e -> e.getName().equalsIgnoreCase("project.qde")).findFirst()
                .orElseThrow(() -> new QdpxFormatException(fileName, "holds " + found.size() + " .qde documents ("
                        + String.join(", ", found.stream().map(ZipEntry::getName).toList()) + "): expected one"));
    }

    /** Counts what all entries inflate to. */
    private final class Budget {
        private long total;

        void spend(String entry, long bytes) {
            total += bytes;
            if (total > MAX_TOTAL_BYTES) {
                throw new QdpxFormatException(fileName, "inflates to more than " + (MAX_TOTAL_BYTES >> 20) + " MB by the entry '"
                        + entry + "' (a zip bomb?): refused");
            }
        }
    }

    private byte[] bytes(ZipFile zip, ZipEntry entry, long archiveSize, Budget budget) {
        try (InputStream in = new InflationLimit(zip.getInputStream(entry), archiveSize)) {
            byte[] bytes = in.readAllBytes();
            budget.spend(entry.getName(), bytes.length);
            return bytes;
        } catch (InflationLimit.Exceeded e) {
            throw new QdpxFormatException(fileName, "the entry '" + entry.getName() + "' inflates to more than "
                    + (e.limit() >> 20) + " MB, " + (archiveSize * 100 < InflationLimit.MAX_BYTES
                    ? "over a hundred times its compressed size (a zip bomb?)" : "more than Attune reads from one entry") + "; refused", e);
        } catch (IOException e) {
            throw new QdpxFormatException(fileName, "the entry '" + entry.getName() + "' cannot be read: " + FailureReason.of(e)
                    + "; refused", e);
        }
    }

    private QdpxSource source(ZipFile zip, Map<String, ZipEntry> entries, long archiveSize, Budget budget, SourceElement source,
                              Document document) {
        String label = "source '" + source.name + "'";
        String raw;
        if (source.inlineText != null) {
            raw = source.inlineText;
        } else if (source.plainTextPath != null) {
            ZipEntry entry = sourceEntry(entries, source.plainTextPath);
            if (entry == null) {
                discarded.add(label + ": its text " + source.plainTextPath + " is not in the archive; left out with its "
                        + source.selections.size() + " codings");
                return null;
            }
            try {
                TextDecoding.Decoded decoded = TextDecoding.decode(bytes(zip, entry, archiveSize, budget));
                decoded.guess().ifPresent(why -> discarded.add(label + ": its text is " + why + "; read as "
                        + decoded.charset().displayName()));
                raw = decoded.text();
            } catch (UnreadableTextException e) {
                throw new QdpxFormatException(fileName, "the text of " + label + " (" + entry.getName() + ") is not text: "
                        + e.getMessage());
            }
        } else {
            discarded.add(label + " has no plain text (a picture, PDF or rich-text-only source?): left out");
            return null;
        }
        SourceText text = SourceText.of(raw);
        // NVivo counts positions in UTF-16 units, the standard and other tools in code points: they
        // differ only after a character beyond the BMP (an emoji). Decided per file, as CRLF is, by
        // which reading puts the selections' edges on the edges of words.
        List<int[]> given = source.selections.stream().map(s -> new int[] {s.start, s.end}).toList();
        boolean utf16 = false;
        if (!given.isEmpty() && raw.codePointCount(0, raw.length()) != raw.length()) {
            List<int[]> asUnits = given.stream().map(s -> new int[] {codePointAt(raw, s[0]), codePointAt(raw, s[1])}).toList();
            // Fewer words split wins; on a tie, code points, as the standard counts.
            utf16 = fewestSplits(text, asUnits) < fewestSplits(text, given);
            if (utf16) {
                discarded.add(label + ": its selections count positions in UTF-16 units (as NVivo does), not code points "
                        + "as the standard says: read so, since read as code points they would split words");
            }
        }
        boolean unitsUsed = utf16;
        List<int[]> positions = utf16 ? given.stream().map(s -> new int[] {codePointAt(raw, s[0]), codePointAt(raw, s[1])})
                .toList() : given;
        boolean crlfAsTwo = false;
        if (text.crlfCount() > 0) {
            crlfAsTwo = CrlfCounting.asTwo(text, positions);
            discarded.add(label + ": its text has Windows line breaks; positions read counting each as "
                    + (crlfAsTwo ? "two characters" : "one character"));
        }
        List<QdpxSelection> selections = new ArrayList<>();
        int length = crlfAsTwo ? text.rawCodePoints() : text.codePoints();
        for (SelectionElement given1 : source.selections) {
            SelectionElement s = unitsUsed ? given1.at(codePointAt(raw, given1.start), codePointAt(raw, given1.end)) : given1;
            if (s.start < 0 || s.end <= s.start || s.end > length) {
                throw new QdpxFormatException(fileName, "in " + document.qdeName + " line " + s.line + ", selection " + s.guid
                        + " of " + label + " runs from " + s.start + " to " + s.end + ", but the text is " + length
                        + " characters long: the positions do not fit the text; refused, nothing imported");
            }
            int start = crlfAsTwo ? text.normalFromRaw(s.start) : s.start;
            int end = crlfAsTwo ? text.normalFromRaw(s.end) : s.end;
            String memo = memo(s.noteRefs, document.notes);
            for (CodingElement c : s.codings) {
                // The selection's creating user first, as the standard orders it: NVivo for Windows
                // stamps every Coding with whoever exported the file.
                String user = s.user != null ? s.user : c.user;
                selections.add(new QdpxSelection(s.guid, s.name, start, end, user, c.codeGuid, s.description, memo,
                        c.created != null ? c.created : s.created, s.modified));
            }
            if (s.codings.isEmpty()) {
                discarded.add(label + ": selection " + s.guid + " applies no code: left out");
            }
        }
        if (source.wholeSourceCodings > 0) {
            discarded.add(label + ": " + source.wholeSourceCodings + " codings of the whole source (not of a selection) left out");
        }
        return new QdpxSource(source.guid, source.name, text.text(), source.description, selections, source.variables);
    }

    /** The fewest words the positions split, read either way CRLF may be counted. */
    private static long fewestSplits(SourceText text, List<int[]> positions) {
        long one = CrlfCounting.splits(text, positions, false);
        return text.crlfCount() > 0 ? Math.min(one, CrlfCounting.splits(text, positions, true)) : one;
    }

    /** The code point position of a UTF-16 position in the raw text (one inside a surrogate pair counts after it). */
    private static int codePointAt(String raw, int units) {
        if (units <= 0) {
            return units;
        }
        if (units > raw.length()) {
            return raw.codePointCount(0, raw.length()) + (units - raw.length());
        }
        return raw.codePointCount(0, units);
    }

    private static String memo(List<String> refs, Map<String, String> notes) {
        List<String> texts = refs.stream().map(notes::get).filter(t -> t != null && !t.isBlank()).toList();
        return texts.isEmpty() ? null : String.join("\n\n", texts);
    }

    /** The entry a source path names: internal:// and bare names in sources/ (any case), relative:// from the top. */
    private static ZipEntry sourceEntry(Map<String, ZipEntry> entries, String path) {
        String name = path.strip();
        for (String scheme : List.of("internal://", "relative://")) {
            if (name.regionMatches(true, 0, scheme, 0, scheme.length())) {
                name = name.substring(scheme.length());
            }
        }
        if (escapes(name)) {
            return null;
        }
        for (Map.Entry<String, ZipEntry> entry : entries.entrySet()) {
            String entryName = entry.getKey().replace('\\', '/');
            if (entryName.equalsIgnoreCase("sources/" + name) || entryName.equals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    // ---- the .qde document ----

    private record SelectionElement(String guid, String name, int start, int end, String user, Instant created, Instant modified,
                                    String description, List<CodingElement> codings, List<String> noteRefs, int line) {
        /** The same selection at other positions. */
        SelectionElement at(int newStart, int newEnd) {
            return new SelectionElement(guid, name, newStart, newEnd, user, created, modified, description, codings, noteRefs, line);
        }
    }

    private record CodingElement(String codeGuid, String user, Instant created) {
    }

    private static final class SourceElement {
        String guid;
        String name;
        String plainTextPath;
        String inlineText;
        String description = "";
        final List<SelectionElement> selections = new ArrayList<>();
        final List<QdpxVariable> variables = new ArrayList<>();
        int wholeSourceCodings;
    }

    /** The .qde, read by local names (tools write several namespace versions, and some none). */
    private final class Document {
        private final String qdeName;
        private final byte[] content;
        private XMLStreamReader xml;
        private XmlCursor cursor;
        String projectName = "";
        String origin = "";
        String description = "";
        Instant created;
        boolean hasCodeBook;
        final List<QdpxUser> users = new ArrayList<>();
        final List<SourceElement> sources = new ArrayList<>();
        final Map<String, String> notes = new HashMap<>();
        /** Variables by GUID: name and type. */
        final Map<String, QdpxVariable> variables = new HashMap<>();
        final Map<String, Integer> skipped = new LinkedHashMap<>();

        Document(String qdeName, byte[] content) {
            this.qdeName = qdeName;
            this.content = content;
        }

        void parse() {
            try {
                xml = SafeXml.open(new ByteArrayInputStream(content));
                cursor = new XmlCursor(xml);
                root();
            } catch (QdpxFormatException e) {
                throw e;
            } catch (XMLStreamException e) {
                throw notWellFormed(e);
            } catch (RuntimeException e) {
                // Woodstox reports some errors, found while it reads text lazily, unchecked.
                throw notWellFormed(e.getCause() instanceof XMLStreamException x ? x : new XMLStreamException(e.getMessage()));
            } finally {
                if (cursor != null) {
                    cursor.close();
                }
            }
            skipped.forEach((what, count) -> discarded.add(count + " <" + what + "> " + (count == 1 ? "element was" : "elements were")
                    + " not kept: Attune has nothing to hold " + (count == 1 ? "it" : "them")));
        }

        private QdpxFormatException notWellFormed(XMLStreamException e) {
            Location at = e.getLocation() != null ? e.getLocation() : xml != null ? xml.getLocation() : null;
            String where = at == null ? qdeName : qdeName + " line " + at.getLineNumber() + ", column " + at.getColumnNumber();
            String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message: ", "")
                    .replaceAll("\\s*at \\[row,col.*$", "").strip();
            if (message.contains("DTD")) {
                return new QdpxFormatException(fileName, "in " + where + ": " + message + ": refused, since a DTD is how"
                        + " external entities (XXE) and entity bombs get into XML; nothing was imported");
            }
            return new QdpxFormatException(fileName, "in " + where + ": the XML is not well-formed: " + message, e);
        }

        private void root() throws XMLStreamException {
            cursor.root();
            String namespace = xml.getNamespaceURI();
            if (!xml.getLocalName().equals("Project")) {
                throw new QdpxFormatException(fileName, "in " + qdeName + ": the root element is <" + xml.getLocalName()
                        + ">; a REFI-QDA project's is <Project>");
            }
            if (namespace != null && !namespace.isEmpty() && !namespace.startsWith("urn:QDA-XML:")) {
                throw new QdpxFormatException(fileName, "in " + qdeName + ": <Project> is in the namespace '" + namespace
                        + "'; a REFI-QDA project is in urn:QDA-XML:project:1.0 (or another version of it), or in none");
            }
            projectName = orEmpty(cursor.attribute("name"));
            origin = orEmpty(cursor.attribute("origin"));
            created = time(cursor.attribute("creationDateTime"));
            cursor.children(child -> {
                switch (child) {
                    case "Users" -> cursor.children(u -> {
                        if (u.equals("User")) {
                            users.add(new QdpxUser(RefiGuid.normal(cursor.attribute("guid")), orEmpty(cursor.attribute("name"))));
                        }
                        cursor.skip();
                    });
                    case "CodeBook" -> {
                        hasCodeBook = true;
                        cursor.skip();
                    }
                    case "Variables" -> cursor.children(v -> {
                        if (v.equals("Variable")) {
                            variables.put(RefiGuid.normal(cursor.attribute("guid")), new QdpxVariable(orEmpty(cursor.attribute("name")),
                                    type(cursor.attribute("typeOfVariable")), ""));
                        }
                        cursor.skip();
                    });
                    case "Sources" -> cursor.children(s -> {
                        if (s.equals("TextSource")) {
                            textSource();
                        } else {
                            skipCounted(s);
                        }
                    });
                    case "Notes" -> cursor.children(n -> {
                        if (n.equals("Note")) {
                            note();
                        } else {
                            cursor.skip();
                        }
                    });
                    case "Description" -> description = cursor.text();
                    case "Sets" -> cursor.skip(); // the codebook's own set is read with the codebook
                    default -> skipCounted(child);
                }
            });
        }

        private void textSource() throws XMLStreamException {
            SourceElement source = new SourceElement();
            source.guid = RefiGuid.normal(cursor.attribute("guid"));
            source.name = orEmpty(cursor.attribute("name"));
            if (source.name.isBlank()) {
                source.name = source.guid == null ? "source " + (sources.size() + 1) : source.guid;
            }
            source.plainTextPath = cursor.attribute("plainTextPath");
            source.name = readableName(source.name, source.plainTextPath);
            cursor.children(child -> {
                switch (child) {
                    case "Description" -> source.description = cursor.text();
                    case "PlainTextContent" -> source.inlineText = cursor.text();
                    case "PlainTextSelection" -> source.selections.add(selection());
                    case "Coding" -> {
                        source.wholeSourceCodings++;
                        cursor.skip();
                    }
                    case "VariableValue" -> variableValue(source);
                    default -> skipCounted(child);
                }
            });
            sources.add(source);
        }

        private SelectionElement selection() throws XMLStreamException {
            int line = xml.getLocation().getLineNumber();
            String guid = RefiGuid.normal(cursor.attribute("guid"));
            String name = orEmpty(cursor.attribute("name"));
            int start = position("startPosition", guid, line);
            int end = position("endPosition", guid, line);
            String user = RefiGuid.normal(cursor.attribute("creatingUser"));
            Instant createdAt = time(cursor.attribute("creationDateTime"));
            Instant modified = time(cursor.attribute("modifiedDateTime"));
            List<CodingElement> codings = new ArrayList<>();
            List<String> noteRefs = new ArrayList<>();
            String[] description = {""};
            cursor.children(child -> {
                switch (child) {
                    case "Description" -> description[0] = cursor.text();
                    case "Coding" -> codings.addAll(coding());
                    case "NoteRef" -> {
                        noteRefs.add(RefiGuid.normal(cursor.attribute("targetGUID")));
                        cursor.skip();
                    }
                    default -> skipCounted(child);
                }
            });
            return new SelectionElement(guid == null ? "at line " + line : guid, name, start, end, user, createdAt, modified,
                    description[0], codings, noteRefs, line);
        }

        private List<CodingElement> coding() throws XMLStreamException {
            String user = RefiGuid.normal(cursor.attribute("creatingUser"));
            Instant createdAt = time(cursor.attribute("creationDateTime"));
            List<CodingElement> codings = new ArrayList<>();
            cursor.children(child -> {
                if (child.equals("CodeRef")) {
                    String target = RefiGuid.normal(cursor.attribute("targetGUID"));
                    if (target != null) {
                        codings.add(new CodingElement(target, user, createdAt));
                    }
                }
                cursor.skip();
            });
            return codings;
        }

        private void variableValue(SourceElement source) throws XMLStreamException {
            String[] ref = {null};
            String[] value = {null};
            cursor.children(child -> {
                if (child.equals("VariableRef")) {
                    ref[0] = RefiGuid.normal(cursor.attribute("targetGUID"));
                    cursor.skip();
                } else if (child.endsWith("Value")) {
                    value[0] = cursor.text();
                } else {
                    cursor.skip();
                }
            });
            QdpxVariable variable = ref[0] == null ? null : variables.get(ref[0]);
            if (variable != null && value[0] != null) {
                source.variables.add(new QdpxVariable(variable.name(), variable.type(), value[0].strip()));
            }
        }

        private void note() throws XMLStreamException {
            String guid = RefiGuid.normal(cursor.attribute("guid"));
            StringBuilder text = new StringBuilder();
            cursor.children(child -> {
                if (child.equals("PlainTextContent")) {
                    text.append(cursor.text());
                } else {
                    cursor.skip();
                }
            });
            if (guid != null) {
                notes.put(guid, text.toString());
            }
        }

        private int position(String attribute, String guid, int line) {
            String value = cursor.attribute(attribute);
            try {
                return Integer.parseInt(value == null ? "" : value.strip());
            } catch (NumberFormatException e) {
                throw new QdpxFormatException(fileName, "in " + qdeName + " line " + line + ", selection " + guid + " has "
                        + attribute + " '" + value + "'; expected a whole number of characters");
            }
        }

        private QdpxVariable.Type type(String label) {
            for (QdpxVariable.Type type : QdpxVariable.Type.values()) {
                if (type.label().equalsIgnoreCase(label == null ? "" : label.strip())) {
                    return type;
                }
            }
            return QdpxVariable.Type.TEXT;
        }

        private Instant time(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return java.time.LocalDateTime.parse(text.strip()).toInstant(java.time.ZoneOffset.UTC);
                } catch (DateTimeParseException again) {
                    return null;
                }
            }
        }

        private void skipCounted(String element) throws XMLStreamException {
            skipped.merge(element, 1, Integer::sum);
            cursor.skip();
        }

    }

    private static final java.util.regex.Pattern GUID = java.util.regex.Pattern.compile(
            "\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}?");

    /** A source named only by a GUID (as qc and NVivo name them) takes its text file's name when that says more. */
    static String readableName(String name, String plainTextPath) {
        if (!GUID.matcher(name.strip()).matches() || plainTextPath == null) {
            return name;
        }
        String file = plainTextPath.replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        String base = dot > 0 ? file.substring(0, dot) : file;
        return base.isBlank() || GUID.matcher(base).matches() ? name : base;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
