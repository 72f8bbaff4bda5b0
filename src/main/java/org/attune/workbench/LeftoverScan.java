package org.attune.workbench;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.attune.model.AttuneException;
import org.attune.store.ProjectStore;

/**
 * Looks through written output, as whoever receives it would read it, for every listed name in
 * every form the list's matching knows ({@link NameForms}): in a .qdpx every zip entry's name and
 * its content, decoded (UTF-8, with XML character references resolved); in a project file every
 * text cell of every table. What pseudonymising missed is found here, however it got there.
 */
final class LeftoverScan {

    /** An XML character or entity reference, which would hide a name from a scan of the raw text. */
    private static final Pattern REFERENCE = Pattern.compile("&(?:#(\\d+)|#x([0-9A-Fa-f]+)|(amp|lt|gt|quot|apos));");
    /** How many places a message names before it says how many more there are. */
    private static final int SHOWN = 10;
    /** How much of an entry is looked at at once, in chars. */
    static final int WINDOW = 1 << 20;
    /**
     * How far windows overlap: longer than any listed name as written, broken across a line or
     * hyphenated (a name split by thousands of blanks would not be found across two windows).
     */
    static final int OVERLAP = 4096;
    /** How far past a window's cut a name found in its decoded text still counts: longer than a character reference. */
    private static final int SLACK = 16;

    private final Pseudonyms list;
    /** Where, to the names found there and how often. */
    private final Map<String, Map<String, Integer>> hits = new LinkedHashMap<>();

    private LeftoverScan(Pseudonyms list) {
        this.list = list;
    }

    /** The places a .qdpx still holds a listed name, one line each: "entry project.qde: 'Zoë' (2 times)". */
    static List<String> qdpx(Path file, Pseudonyms list) {
        LeftoverScan scan = new LeftoverScan(list);
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                scan.note("the name of entry " + entry.getName(), list.foundInName(entry.getName()));
                try (Reader in = new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8)) {
                    scan.entry(entry.getName(), in);
                }
            }
        } catch (IOException e) {
            throw new AttuneException(file.getFileName() + ": cannot read it back to check it for names: " + e.getMessage(), e);
        }
        return scan.lines();
    }

    /** The places a project file still holds a listed name, one line each: "table codings, column memo: 'Sam' (1 time)". */
    static List<String> project(ProjectStore store, Pseudonyms list) {
        LeftoverScan scan = new LeftoverScan(list);
        store.visitTextCells((table, column, text) -> scan.note("table " + table + ", column " + column, list.found(text)));
        return scan.lines();
    }

    /**
     * What to do with the places found: nothing when there are none; with {@link Leftovers#REFUSE}
     * an error naming them (the caller has not kept the output); with ALLOW, warnings.
     */
    static List<String> judge(String file, List<String> places, Leftovers leftovers) {
        if (places.isEmpty()) {
            return List.of();
        }
        List<String> shown = new ArrayList<>(places.subList(0, Math.min(SHOWN, places.size())));
        if (places.size() > SHOWN) {
            shown.add("and " + (places.size() - SHOWN) + " more places");
        }
        if (leftovers == Leftovers.REFUSE) {
            throw new AttuneException(file + " was not written: it would still hold names on the pseudonym list, in "
                    + String.join("; ", shown));
        }
        return shown.stream().map(s -> file + " still holds names on the pseudonym list, in " + s).toList();
    }

    /**
     * An entry's text, a window at a time (a project document can be larger than memory should
     * hold): each window overlaps the next by more than any name's form is long, and a name is
     * counted in the window it starts in, so none falls between two windows.
     */
    private void entry(String name, Reader in) throws IOException {
        char[] buffer = new char[WINDOW];
        StringBuilder window = new StringBuilder();
        boolean end = false;
        while (!end) {
            int read = in.read(buffer);
            end = read < 0;
            if (!end) {
                window.append(buffer, 0, read);
                if (window.length() < WINDOW) {
                    continue;
                }
            }
            String text = window.toString();
            int cut = end ? text.length() : text.length() - OVERLAP;
            note("entry " + name, startingBefore(text, cut));
            String resolved = resolve(text);
            if (!resolved.equals(text)) {
                // Where the cut falls in the resolved text, erring late: a name counted twice is better than one missed.
                int resolvedCut = end ? resolved.length() : Math.min(resolved.length(), resolve(text.substring(0, cut)).length() + SLACK);
                List<String> decoded = new ArrayList<>(startingBefore(resolved, resolvedCut));
                startingBefore(text, cut).forEach(decoded::remove);
                note("entry " + name + " (decoded)", decoded);
            }
            window.delete(0, cut);
        }
    }

    /** The names found in a text that start before {@code cut}. */
    private List<String> startingBefore(String text, int cut) {
        return list.foundAt(text).stream().filter(at -> at.start() < cut).map(Pseudonyms.Found::text).toList();
    }

    private void note(String where, List<String> names) {
        for (String name : names) {
            hits.computeIfAbsent(where, w -> new LinkedHashMap<>()).merge(name, 1, Integer::sum);
        }
    }

    private List<String> lines() {
        List<String> lines = new ArrayList<>();
        hits.forEach((where, names) -> {
            List<String> each = new ArrayList<>();
            names.forEach((name, n) -> each.add("'" + name.replace("\n", "\\n") + "' (" + n + (n == 1 ? " time)" : " times)")));
            lines.add(where + ": " + String.join(", ", each));
        });
        return lines;
    }

    private static String resolve(String xml) {
        Matcher m = REFERENCE.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ch;
            if (m.group(1) != null || m.group(2) != null) {
                int cp;
                try {
                    cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
                } catch (NumberFormatException e) {
                    cp = -1;
                }
                ch = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : m.group();
            } else {
                ch = switch (m.group(3)) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    default -> "'";
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(ch));
        }
        return m.appendTail(out).toString();
    }
}
