package org.attune.codebook;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a spreadsheet codebook, one row per code, in the order the writer puts them:
 * the eight a lab fills in by hand first, then the ones that carry the rest of Attune's codebook.
 */
enum SpreadsheetColumn {
    GROUP("group", 24, "group name"),
    CODE("code", 26, "code name", "name"),
    DESCRIPTION("description", 50, "definition"),
    INCLUSION("inclusion", 40, "inclusion criteria", "when to code"),
    EXCLUSION("exclusion", 40, "exclusion criteria", "when not to code"),
    EXAMPLE("example", 46, "examples"),
    COLOR("color", 10, "colour"),
    KEY("key", 6, "shortcut"),
    KIND("kind", 8),
    MEASURE("measure", 10),
    LEVELS("levels", 40),
    GROUP_ID("group_id", 20),
    CODE_ID("code_id", 22, "id"),
    GROUP_DESCRIPTION("group_description", 44),
    EXCLUSIVE("exclusive", 10),
    APPLIES_TO("applies_to", 11);

    private final String header;
    private final int width;
    private final List<String> aliases;

    SpreadsheetColumn(String header, int width, String... aliases) {
        this.header = header;
        this.width = width;
        this.aliases = List.of(aliases);
    }

    /** The header the writer uses. */
    String header() {
        return header;
    }

    /** A sensible width in characters, for the writer. */
    int width() {
        return width;
    }

    /** Whether a text of this column is running prose, which the writer wraps. */
    boolean isProse() {
        return this == DESCRIPTION || this == INCLUSION || this == EXCLUSION || this == EXAMPLE || this == LEVELS
                || this == GROUP_DESCRIPTION || this == GROUP || this == CODE;
    }

    /**
     * The column a header names, matched without regard to case, spaces, '-' and '_', so that
     * "Group ID", "group-id" and "group_id" are one column. A few names labs use for the same thing
     * ("colour", "examples", "definition") are taken too.
     */
    static Optional<SpreadsheetColumn> named(String header) {
        String wanted = normalised(header);
        for (SpreadsheetColumn column : values()) {
            if (normalised(column.header).equals(wanted)
                    || column.aliases.stream().anyMatch(alias -> normalised(alias).equals(wanted))) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    static String normalised(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }
}
