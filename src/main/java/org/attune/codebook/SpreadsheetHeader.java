package org.attune.codebook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of a spreadsheet codebook: which column holds what, under the name the user gave
 * it, so that problems name the column as the user sees it.
 */
final class SpreadsheetHeader {

    private final int row;
    private final Map<SpreadsheetColumn, Integer> positions;
    private final Map<SpreadsheetColumn, String> names;

    private SpreadsheetHeader(int row, Map<SpreadsheetColumn, Integer> positions, Map<SpreadsheetColumn, String> names) {
        this.row = row;
        this.positions = positions;
        this.names = names;
    }

    /**
     * Reads a header row. Columns Attune does not know are noted in {@code discarded}; a column
     * given twice, or a required one missing, is a problem.
     *
     * @return the header, or empty when it lacks a required column
     */
    static Optional<SpreadsheetHeader> read(SpreadsheetRow header, List<CodebookProblem> problems, List<String> discarded) {
        Map<SpreadsheetColumn, Integer> positions = new EnumMap<>(SpreadsheetColumn.class);
        Map<SpreadsheetColumn, String> names = new EnumMap<>(SpreadsheetColumn.class);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i);
            if (name.isEmpty()) {
                continue;
            }
            found.add("'" + name + "'");
            Optional<SpreadsheetColumn> column = SpreadsheetColumn.named(name);
            if (column.isEmpty()) {
                discarded.add("column '" + name + "' (column " + letters(i) + ") was ignored: a codebook has no such field");
            } else if (positions.containsKey(column.get())) {
                problems.add(new CodebookProblem(where(header.number(), name), "the column '" + column.get().header()
                        + "' is given twice, here and as '" + names.get(column.get()) + "' in column "
                        + letters(positions.get(column.get())) + "; keep one"));
            } else {
                positions.put(column.get(), i);
                names.put(column.get(), name);
            }
        }
        List<String> missing = new ArrayList<>();
        for (SpreadsheetColumn required : List.of(SpreadsheetColumn.GROUP, SpreadsheetColumn.CODE)) {
            if (!positions.containsKey(required)) {
                missing.add("'" + required.header() + "'");
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new CodebookProblem("row " + header.number(), "the header row lacks the required column"
                    + (missing.size() == 1 ? " " : "s ") + String.join(" and ", missing) + " (columns found: "
                    + (found.isEmpty() ? "none" : String.join(", ", found)) + ")"));
            return Optional.empty();
        }
        return Optional.of(new SpreadsheetHeader(header.number(), positions, names));
    }

    int row() {
        return row;
    }

    boolean has(SpreadsheetColumn column) {
        return positions.containsKey(column);
    }

    /** The column's position in the sheet, from 0; past the last column when the header has no such column. */
    int position(SpreadsheetColumn column) {
        return positions.getOrDefault(column, Integer.MAX_VALUE);
    }

    /** The row's text in a column, "" when the header has no such column. */
    String text(SpreadsheetRow row, SpreadsheetColumn column) {
        Integer position = positions.get(column);
        return position == null ? "" : row.cell(position);
    }

    /** Where a cell is, for a problem: "row 7, column 'Colour'". */
    String where(SpreadsheetRow row, SpreadsheetColumn column) {
        return where(row.number(), column);
    }

    String where(int row, SpreadsheetColumn column) {
        return where(row, names.getOrDefault(column, column.header()));
    }

    /** Whether a row has anything in the columns Attune reads. */
    boolean isBlank(SpreadsheetRow row) {
        return positions.keySet().stream().allMatch(c -> text(row, c).isEmpty());
    }

    private static String where(int row, String column) {
        return "row " + row + ", column '" + column + "'";
    }

    /** A column's letters as spreadsheets show them: A, Z, AA. */
    static String letters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
