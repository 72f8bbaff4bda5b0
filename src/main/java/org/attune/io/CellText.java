package org.attune.io;

/**
 * Text for spreadsheet cells that cannot run as a formula. A cell that starts with {@code =},
 * {@code +}, {@code -} or {@code @} is a formula to Excel and LibreOffice (spreadsheet formula
 * injection), so exports put an apostrophe before it, which spreadsheets show as text; imports
 * take that apostrophe off again, so a round trip gives back what went out.
 */
public final class CellText {

    private CellText() {
    }

    /** The text as it goes into a cell. */
    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' ? "'" + text : text;
    }

    /** The text a cell written by {@link #neutralised} stood for. */
    public static String restored(String cell) {
        if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') {
            return cell;
        }
        char second = cell.charAt(1);
        return second == '=' || second == '+' || second == '-' || second == '@' ? cell.substring(1) : cell;
    }
}
