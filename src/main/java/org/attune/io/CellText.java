package org.attune.io;

/**
 * Text for spreadsheet cells that cannot run as a formula. A cell that starts with {@code =},
 * {@code +}, {@code -} or {@code @} is a formula to Excel and LibreOffice (spreadsheet formula
 * injection), and one that starts with a tab, CR or LF can become one once a spreadsheet trims it.
 *
 * <p>In a CSV file the only way to say "text" is in the data: exports put an apostrophe before such
 * a cell, which spreadsheets show as text, and imports take it off again, so a round trip gives back
 * what went out. In a workbook a text cell is never a formula: the cell holds the original text,
 * marked quote-prefixed so that a spreadsheet keeps it text when someone edits it, and readers
 * take a quote-prefixed cell as it is.
 */
public final class CellText {

    private CellText() {
    }

    /** Whether a text would start a formula if a spreadsheet read it from a CSV cell. */
    public static boolean formulaLike(String text) {
        return text != null && !text.isEmpty() && starter(text.charAt(0));
    }

    private static boolean starter(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
    }

    /**
     * Whether a text must be guarded in a CSV cell: it is formula-like once any apostrophes it starts
     * with are taken off. So a text that itself starts with an apostrophe before a formula-like start
     * ({@code '=x}) is guarded too, and reads back with its own apostrophe.
     */
    private static boolean guarded(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && starter(text.charAt(i));
    }

    /** The text as it goes into a CSV cell. */
    public static String neutralised(String text) {
        return text != null && guarded(text) ? "'" + text : text;
    }

    /** The text a CSV cell written by {@link #neutralised} stood for. */
    public static String restored(String cell) {
        if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') {
            return cell;
        }
        return guarded(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /**
     * Whether a workbook cell holding this text must be marked quote-prefixed: a formula-like text,
     * and also one that looks neutralised (so that a reader does not take its apostrophe off).
     */
    public static boolean needsQuotePrefix(String text) {
        return formulaLike(text) || !text.equals(restored(text));
    }

    /**
     * The text a workbook cell stood for: a quote-prefixed cell is the text itself; any other is
     * {@link #restored} (a workbook written before cells were quote-prefixed neutralised them as CSV).
     */
    public static String fromWorkbook(String cell, boolean quotePrefixed) {
        return quotePrefixed ? cell : restored(cell);
    }
}
