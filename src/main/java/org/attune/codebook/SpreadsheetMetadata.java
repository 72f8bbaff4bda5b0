package org.attune.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.model.Codebook;

/**
 * The codebook's own fields, which a sheet of codes has no place for: kept in a workbook on a
 * second sheet named "codebook", one field a row, its name in column A and its value in column B.
 * Authors and citations are lists: one a line within the cell, or one a row with the field's name
 * repeated.
 *
 * @param name the codebook's name, or "" when the sheet gives none
 * @param version its version, or "" when the sheet gives none
 * @param description what it is for
 * @param authors who wrote it
 * @param citations its sources
 * @param notes what coders and readers should know
 */
record SpreadsheetMetadata(String name, String version, String description, List<String> authors, List<String> citations,
                           String notes) {

    static final String SHEET = "codebook";

    private static final List<String> FIELDS = List.of("name", "version", "description", "authors", "citations", "notes");
    /** Singular forms and the word some labs use for citations. */
    private static final Map<String, String> ALIASES = Map.of("author", "authors", "citation", "citations",
            "sources", "citations", "source", "citations", "note", "notes", "title", "name");

    SpreadsheetMetadata {
        authors = List.copyOf(authors);
        citations = List.copyOf(citations);
    }

    static SpreadsheetMetadata of(Codebook codebook) {
        return new SpreadsheetMetadata(codebook.name(), codebook.version(), codebook.description(), codebook.authors(),
                codebook.citations(), codebook.notes());
    }

    /** The rows the writer puts on the sheet: field and value, one author and one citation a row. */
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("name", name));
        rows.add(List.of("version", version));
        rows.add(List.of("description", description));
        listRows(rows, "authors", authors);
        listRows(rows, "citations", citations);
        rows.add(List.of("notes", notes));
        return rows;
    }

    private static void listRows(List<List<String>> rows, String field, List<String> values) {
        if (values.isEmpty()) {
            rows.add(List.of(field, ""));
        }
        values.forEach(value -> rows.add(List.of(field, value)));
    }

    /** Reads the sheet's rows; a field given twice is a problem, a field Attune does not know is noted in {@code discarded}. */
    static SpreadsheetMetadata read(List<SpreadsheetRow> rows, List<CodebookProblem> problems, List<String> discarded) {
        // By the index of FIELDS: the text of a single-valued field and the row that gave it.
        String[] texts = new String[FIELDS.size()];
        int[] givenIn = new int[FIELDS.size()];
        List<String> authors = new ArrayList<>();
        List<String> citations = new ArrayList<>();
        for (SpreadsheetRow row : rows) {
            String label = row.cell(0);
            String value = row.cell(1);
            if (label.isEmpty()) {
                if (!value.isEmpty()) {
                    discarded.add(where(row) + ": '" + abbreviated(value) + "' has no field name in column A; ignored");
                }
                continue;
            }
            String normalised = SpreadsheetColumn.normalised(label);
            String field = ALIASES.getOrDefault(normalised, normalised);
            int index = FIELDS.indexOf(field);
            if (index < 0) {
                discarded.add(where(row) + ": '" + label + "' is not a codebook field (" + String.join(", ", FIELDS)
                        + "); ignored");
            } else if (field.equals("authors") || field.equals("citations")) {
                value.lines().map(String::strip).filter(s -> !s.isEmpty())
                        .forEach(field.equals("authors") ? authors::add : citations::add);
            } else if (!value.isEmpty()) {
                if (texts[index] != null) {
                    problems.add(new CodebookProblem(where(row) + ", column B", "the codebook's " + field
                            + " is given twice, here and in row " + givenIn[index] + "; keep one"));
                } else {
                    texts[index] = value;
                    givenIn[index] = row.number();
                }
            }
        }
        return new SpreadsheetMetadata(orEmpty(texts[0]), orEmpty(texts[1]), orEmpty(texts[2]), authors, citations,
                orEmpty(texts[5]));
    }

    private static String where(SpreadsheetRow row) {
        return "sheet '" + SHEET + "', row " + row.number();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String abbreviated(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 40 ? line.substring(0, 40) + "..." : line;
    }
}
