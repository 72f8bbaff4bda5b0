package org.attune.codebook;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.attune.io.RefiGuid;
import org.attune.io.SafeXml;
import org.attune.io.XmlCursor;

/**
 * Reads the XML of a REFI-QDA codebook ({@code CodeBook}, any namespace version) or project
 * ({@code Project}, whose {@code CodeBook/Codes} it takes) into a {@link QdcDocument}. Elements
 * are matched by local name only, since tools write several namespace versions and some none.
 * What is not well-formed XML, or not a codebook at all, is refused with a
 * {@link CodebookFormatException} that names the line and column.
 */
final class QdcXmlReader {

    private static final String UNNAMED = "Unnamed code ";

    private final String fileName;
    private final byte[] content;
    private final List<QdcCodeElement> codes = new ArrayList<>();
    private final List<QdcSetElement> sets = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** Elements Attune does not know, counted by name and place: reported once per kind. */
    private final Map<Skipped, Integer> skipped = new TreeMap<>(
            Comparator.comparing(Skipped::element).thenComparing(Skipped::where));
    private XMLStreamReader xml;
    private XmlCursor cursor;
    private boolean codesFound;
    private int unnamed;

    private QdcXmlReader(String fileName, byte[] content) {
        this.fileName = fileName;
        this.content = content;
    }

    static QdcDocument read(String fileName, byte[] content) {
        return new QdcXmlReader(fileName, content).read();
    }

    private QdcDocument read() {
        refuseWhatIsNotXml();
        try {
            xml = SafeXml.open(new ByteArrayInputStream(content));
            cursor = new XmlCursor(xml);
            readRoot();
            while (xml.hasNext()) {
                cursor.next();
            }
        } catch (CodebookFormatException e) {
            throw e;
        } catch (XMLStreamException e) {
            throw notWellFormed(e, e);
        } catch (RuntimeException e) {
            // Woodstox parses text only when it is asked for, and reports errors found then as
            // unchecked exceptions (WstxLazyException); a few decoding errors come unchecked too.
            throw notWellFormed(e, xmlCause(e));
        } finally {
            close();
        }
        skipped.forEach((what, count) -> notes.add(count + " <" + what.element() + (count == 1 ? "> element " : "> elements ")
                + what.where() + (count == 1 ? " was" : " were") + " not kept"));
        return new QdcDocument(codes, sets, notes);
    }

    /** Empty files and files that cannot be XML at all get a message of their own, not a parser's. */
    private void refuseWhatIsNotXml() {
        int start = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        int line = 1;
        int column = 1;
        int i = start;
        for (; i < content.length && isXmlSpace(content[i]); i++) {
            column++;
            if (content[i] == '\n') {
                line++;
                column = 1;
            }
        }
        if (i == content.length) {
            throw new CodebookFormatException(fileName, new CodebookProblem("",
                    "the file is empty; expected a REFI-QDA codebook, an XML document whose root element is CodeBook"), null);
        }
        int first = content[i] & 0xFF;
        // '<' starts XML; 0xFE, 0xFF and 0x00 start UTF-16 and UTF-32, which the parser decodes itself.
        if (first == '<' || first == 0xFE || first == 0xFF || first == 0x00) {
            return;
        }
        boolean zip = content.length >= i + 2 && first == 'P' && content[i + 1] == 'K';
        throw new CodebookFormatException(fileName, CodebookProblem.at(line, column, zip
                ? "this is a ZIP archive (a REFI-QDA project, .qdpx?), not XML: a REFI-QDA codebook (.qdc) is an XML document"
                : "this is not XML: a REFI-QDA codebook (.qdc) is an XML document whose root element is CodeBook"), null);
    }

    private static boolean isXmlSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private void readRoot() throws XMLStreamException {
        while (cursor.next() != XMLStreamConstants.START_ELEMENT) {
            // comments and processing instructions before the root say nothing about codes
        }
        Location root = xml.getLocation();
        String name = xml.getLocalName();
        String namespace = xml.getNamespaceURI();
        // Any version of REFI-QDA's namespace, or none, as tools write them; another vocabulary is another format.
        boolean refiRoot = name.equals("CodeBook") || name.equals("Project");
        if (refiRoot && namespace != null && !namespace.isEmpty() && !namespace.startsWith("urn:QDA-XML:")) {
            throw new CodebookFormatException(fileName, CodebookProblem.at(root.getLineNumber(), root.getColumnNumber(),
                    "the root element <" + name + "> is in the namespace '" + namespace + "': a REFI-QDA codebook is in "
                            + "urn:QDA-XML:codebook:1.0 (or another version of it), or in none"), null);
        }
        switch (name) {
            case "CodeBook" -> readCodeBook();
            case "Project" -> cursor.children(child -> {
                switch (child) {
                    case "CodeBook" -> readCodeBook();
                    case "Sets" -> readSets();
                    default -> cursor.skip(); // users, sources, cases: project content, not codebook content
                }
            });
            default -> throw problem(root, "the root element is <" + name + ">; expected <CodeBook> (a REFI-QDA codebook, .qdc)"
                    + " or <Project> (a REFI-QDA project, .qde)");
        }
        if (!codesFound) {
            throw problem(root, name.equals("Project")
                    ? "the project holds no codebook: expected a <CodeBook> element with <Codes> in <Project>"
                    : "there is no <Codes> element: a REFI-QDA codebook lists its codes in <CodeBook><Codes>");
        }
    }

    private void readCodeBook() throws XMLStreamException {
        cursor.children(child -> {
            switch (child) {
                case "Codes" -> readCodes();
                case "Sets" -> readSets();
                default -> skipUnknown(child, "in CodeBook");
            }
        });
    }

    private void readCodes() throws XMLStreamException {
        codesFound = true;
        cursor.children(child -> {
            if (child.equals("Code")) {
                codes.add(readCode());
            } else {
                skipUnknown(child, "inside codes");
            }
        });
    }

    private QdcCodeElement readCode() throws XMLStreamException {
        int line = xml.getLocation().getLineNumber();
        String guid = cursor.attribute("guid");
        String name = cursor.attribute("name");
        if (name == null || name.isBlank()) {
            name = UNNAMED + ++unnamed;
            notes.add("a code without a name (line " + line + ") was named '" + name + "'");
        }
        boolean codable = codable(cursor.attribute("isCodable"), name);
        String color = cursor.attribute("color");
        List<QdcCodeElement> children = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        cursor.children(child -> {
            switch (child) {
                case "Code" -> children.add(readCode());
                case "Description" -> descriptions.add(cursor.text());
                default -> skipUnknown(child, "inside codes");
            }
        });
        if (descriptions.size() > 1) {
            notes.add("code '" + name + "' has " + descriptions.size() + " descriptions: only the first was kept");
        }
        return new QdcCodeElement(RefiGuid.normal(guid), name, codable, color, descriptions.isEmpty() ? "" : descriptions.getFirst(),
                children);
    }

    /** xs:boolean; a code that does not say is taken as codable, as most tools' codes are. */
    private boolean codable(String text, String name) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        switch (value) {
            case "true", "1" -> {
                return true;
            }
            case "false", "0" -> {
                return false;
            }
            default -> {
                notes.add(text == null
                        ? "code '" + name + "' does not say whether it is codable (no isCodable): read as codable"
                        : "isCodable '" + text + "' of code '" + name + "' is neither true nor false: read as codable");
                return true;
            }
        }
    }

    private void readSets() throws XMLStreamException {
        cursor.children(child -> {
            if (child.equals("Set")) {
                readSet();
            } else {
                skipUnknown(child, "inside sets");
            }
        });
    }

    private void readSet() throws XMLStreamException {
        String name = cursor.attribute("name");
        List<String> descriptions = new ArrayList<>();
        cursor.children(child -> {
            if (child.equals("Description")) {
                descriptions.add(cursor.text());
            } else {
                cursor.skip(); // members: the set is kept or reported as a whole
            }
        });
        sets.add(new QdcSetElement(name == null ? "" : name, descriptions.isEmpty() ? "" : descriptions.getFirst()));
    }

    private void skipUnknown(String element, String where) throws XMLStreamException {
        skipped.merge(new Skipped(element, where), 1, Integer::sum);
        cursor.skip();
    }

    private CodebookFormatException notWellFormed(Exception e, XMLStreamException cause) {
        if (xml != null && xml.getEventType() == XMLStreamConstants.DTD) {
            return new CodebookFormatException(fileName, where(xml.getLocation(), "declares a DTD (<!DOCTYPE ...>), which"
                    + " REFI-QDA files never have: refused, since a DTD is how external entities and entity expansion bombs"
                    + " get into XML"), null);
        }
        Location location = cause != null && cause.getLocation() != null ? cause.getLocation()
                : xml != null ? xml.getLocation() : null;
        String message = cause != null ? withoutLocation(cause.getMessage()) : e.getClass().getSimpleName();
        return new CodebookFormatException(fileName, where(location, "the XML is not well-formed: " + message), e);
    }

    private CodebookFormatException problem(Location location, String message) {
        return new CodebookFormatException(fileName, where(location, message), null);
    }

    private static CodebookProblem where(Location location, String message) {
        if (location == null || location.getLineNumber() < 1) {
            return new CodebookProblem("", message);
        }
        return CodebookProblem.at(location.getLineNumber(), Math.max(1, location.getColumnNumber()), message);
    }

    /** Woodstox ends its messages with "at [row,col {unknown-source}]: [2,8]", which the problem says better. */
    private static String withoutLocation(String message) {
        if (message == null) {
            return "no detail given";
        }
        int at = message.indexOf("\n at [row,col");
        return (at < 0 ? message : message.substring(0, at)).strip();
    }

    private static XMLStreamException xmlCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != e; t = t.getCause()) {
            if (t instanceof XMLStreamException x) {
                return x;
            }
        }
        return null;
    }

    private void close() {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing was written; a reader that cannot close holds nothing worth reporting
            }
        }
    }

    private record Skipped(String element, String where) {
    }

}
