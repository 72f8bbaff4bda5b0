package org.attune.codebook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A REFI-QDA description as Attune writes it: the description proper, a blank line, then labelled
 * sections carrying what REFI-QDA has no place for (see {@link QdcCodebook} for the layout).
 *
 * <p>Inside the block every line but the first of a value is indented by two spaces, blank ones
 * included, so the block never holds an empty line: the last blank line of a description is
 * always the one that starts the block, whatever the description itself contains.
 *
 * @param description the text before the sections
 * @param sections the sections, by label
 */
record QdcSections(String description, Map<QdcLabel, QdcSection> sections) {

    private static final String CONTINUATION = "  ";
    private static final String SEPARATOR = "\n\n";

    QdcSections {
        sections = Collections.unmodifiableMap(new EnumMap<>(sections));
    }

    /** The description followed by the sections, in the order given. */
    static String compose(String description, List<QdcSection> sections) {
        StringBuilder block = new StringBuilder();
        for (QdcSection section : sections) {
            if (!block.isEmpty()) {
                block.append('\n');
            }
            QdcLabel label = section.label();
            switch (label.shape()) {
                case TEXT -> appendValue(block, label.text() + ":", section.text());
                case BULLETS -> {
                    block.append(label.text()).append(':');
                    for (String item : section.items()) {
                        block.append('\n');
                        appendValue(block, "-", item);
                    }
                }
                case LINES -> {
                    block.append(label.text()).append(" (").append(section.qualifier()).append("):");
                    for (String item : section.items()) {
                        block.append('\n');
                        appendIndented(block, item);
                    }
                }
            }
        }
        return description.isEmpty() ? block.toString() : description + SEPARATOR + block;
    }

    /**
     * The description and sections of a text, if its last paragraph is a block of the vocabulary
     * that Attune wrote (it carries the vocabulary's marker, every line fits, no label repeats).
     */
    static Optional<QdcSections> parse(String text, QdcVocabulary vocabulary) {
        int split = text.lastIndexOf(SEPARATOR);
        String description = split < 0 ? "" : text.substring(0, split);
        String block = split < 0 ? text : text.substring(split + SEPARATOR.length());
        List<QdcSection> sections = readBlock(block, vocabulary);
        if (sections == null || !vocabulary.marks(sections)) {
            return Optional.empty();
        }
        Map<QdcLabel, QdcSection> byLabel = new EnumMap<>(QdcLabel.class);
        for (QdcSection section : sections) {
            if (byLabel.put(section.label(), section) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(new QdcSections(description, byLabel));
    }

    /** The value of a text section, or "" without one. */
    String text(QdcLabel label) {
        QdcSection section = sections.get(label);
        return section == null ? "" : section.text();
    }

    /** The items of a list section, or none without one. */
    List<String> items(QdcLabel label) {
        QdcSection section = sections.get(label);
        return section == null ? List.of() : section.items();
    }

    Optional<QdcSection> section(QdcLabel label) {
        return Optional.ofNullable(sections.get(label));
    }

    /** "head value", the value's further lines indented; "head" alone when the value's first line is empty. */
    private static void appendValue(StringBuilder out, String head, String value) {
        out.append(head);
        if (!value.isEmpty() && value.charAt(0) != '\n') {
            out.append(' ');
        }
        appendIndented(out, value);
    }

    private static void appendIndented(StringBuilder out, String value) {
        String[] lines = value.split("\n", -1);
        out.append(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            out.append('\n').append(CONTINUATION).append(lines[i]);
        }
    }

    /** The sections of a block, or null when some line does not fit the vocabulary. */
    private static List<QdcSection> readBlock(String block, QdcVocabulary vocabulary) {
        List<QdcSection> sections = new ArrayList<>();
        Header open = null;
        StringBuilder value = null;
        List<StringBuilder> items = new ArrayList<>();
        for (String line : block.split("\n", -1)) {
            if (line.startsWith(CONTINUATION)) {
                if (value == null) {
                    return null;
                }
                value.append('\n').append(line, CONTINUATION.length(), line.length());
                continue;
            }
            Header header = Header.of(line, vocabulary);
            if (header != null) {
                if (open != null) {
                    sections.add(open.section(value, items));
                }
                open = header;
                items = new ArrayList<>();
                value = header.label.shape() == QdcLabel.Shape.TEXT ? new StringBuilder(header.value) : null;
                continue;
            }
            String item = open == null ? null : itemOf(open.label.shape(), line);
            if (item == null) {
                return null;
            }
            value = new StringBuilder(item);
            items.add(value);
        }
        if (open != null) {
            sections.add(open.section(value, items));
        }
        return sections;
    }

    /** The first line of an item of a list section, or null if the line is no such item. */
    private static String itemOf(QdcLabel.Shape shape, String line) {
        return switch (shape) {
            case TEXT -> null;
            case BULLETS -> line.equals("-") ? "" : line.startsWith("- ") ? line.substring(2) : null;
            case LINES -> line.isEmpty() ? null : line;
        };
    }

    /** A line that opens a section: "Key: s", "Examples:", "Scale (ordinal):". */
    private record Header(QdcLabel label, String qualifier, String value) {

        static Header of(String line, QdcVocabulary vocabulary) {
            for (QdcLabel label : vocabulary.labels()) {
                String name = label.text();
                switch (label.shape()) {
                    case TEXT -> {
                        if (line.equals(name + ":")) {
                            return new Header(label, "", "");
                        }
                        if (line.startsWith(name + ": ")) {
                            return new Header(label, "", line.substring(name.length() + 2));
                        }
                    }
                    case BULLETS -> {
                        if (line.equals(name + ":")) {
                            return new Header(label, "", "");
                        }
                    }
                    case LINES -> {
                        String start = name + " (";
                        if (line.startsWith(start) && line.endsWith("):") && line.length() >= start.length() + 2) {
                            return new Header(label, line.substring(start.length(), line.length() - 2), "");
                        }
                    }
                }
            }
            return null;
        }

        QdcSection section(StringBuilder value, List<StringBuilder> items) {
            return switch (label.shape()) {
                case TEXT -> QdcSection.text(label, value.toString());
                case BULLETS, LINES -> new QdcSection(label, qualifier, "",
                        items.stream().map(StringBuilder::toString).toList());
            };
        }
    }
}
