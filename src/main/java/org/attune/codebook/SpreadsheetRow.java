package org.attune.codebook;

import java.util.List;
import org.attune.io.CellText;

/**
 * One row of a spreadsheet as text, numbered as the spreadsheet program shows it (the first row is
 * 1), so that a problem's "row 7" is where the user looks.
 *
 * @param number the row's number
 * @param cells its cells' texts, by column from the first
 */
record SpreadsheetRow(int number, List<String> cells) {

    SpreadsheetRow {
        cells = List.copyOf(cells);
    }

    /**
     * A row from the cells' texts as stored: line breaks made "\n" whatever wrote them, blanks
     * around the text dropped (a trailing space is a slip, never meant). The apostrophe that
     * neutralised a formula-like CSV cell is taken off by the format's reader ({@link CellText}).
     */
    static SpreadsheetRow of(int number, List<String> stored) {
        return new SpreadsheetRow(number, stored.stream().map(SpreadsheetRow::text).toList());
    }

    private static String text(String stored) {
        if (stored == null) {
            return "";
        }
        return stored.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }
}
