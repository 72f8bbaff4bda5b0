package org.attune.io;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVParser;
import com.opencsv.ICSVWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;

/**
 * The one CSV dialect Attune reads and writes, for every table (transcripts, codings, ratings,
 * decisions, pseudonym lists, codebooks, exports): RFC 4180. A cell holding the separator, a quote
 * or a line break is quoted, a quote inside it doubled; nothing else is special. In particular a
 * backslash is an ordinary character ({@code C:\new} stays {@code C:\new}): opencsv's default
 * parser treats it as an escape and silently drops it, which is why no reader builds its own.
 */
public final class CsvFormat {

    /** Records read from a table: the lines of a cell with line breaks count toward this. */
    public static final int DEFAULT_MULTILINE_LIMIT = 10_000;

    private CsvFormat() {
    }

    /**
     * A reader of a table's text, with the separator the file uses ({@link CsvSeparator}); a byte
     * order mark before the first cell is not part of it.
     *
     * @param multilineLimit the most physical lines one record may span, so that a stray quote
     *                       fails on its own line rather than swallowing the rest of the file
     */
    public static CSVReader reader(String text, char separator, int multilineLimit) {
        String body = text.startsWith("\ufeff") ? text.substring(1) : text;
        char stand = unused(body);
        CSVReader reader = new CSVReaderBuilder(new StringReader(carriageReturnsInQuotes(body, stand)))
                .withCSVParser(new CSVParserBuilder()
                        .withSeparator(separator)
                        .withQuoteChar('"')
                        .withEscapeChar(ICSVParser.NULL_CHARACTER)
                        .build())
                .withMultilineLimit(multilineLimit)
                .build();
        // opencsv reads a file line by line and joins a quoted cell's lines with LF, so a CR in a cell
        // would come back as LF (and its keepCarriageReturn mode misreads a quote before CRLF): a CR
        // inside quotes travels as a stand-in character no text holds, and is put back in each cell.
        return new CSVReader(Reader.nullReader()) {
            @Override
            public String[] readNext() throws java.io.IOException, com.opencsv.exceptions.CsvValidationException {
                String[] record = reader.readNext();
                if (record != null) {
                    for (int i = 0; i < record.length; i++) {
                        record[i] = record[i].replace(stand, '\r');
                    }
                }
                return record;
            }

            @Override
            public long getLinesRead() {
                return reader.getLinesRead();
            }

            @Override
            public void close() throws java.io.IOException {
                reader.close();
            }
        };
    }

    /** The text with each CR inside a quoted cell replaced by {@code stand}. */
    static String carriageReturnsInQuotes(String text, char stand) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // In RFC 4180 a quote opens or closes a cell, or is doubled inside one: toggling at each
            // keeps track of whether we are inside quotes.
            if (c == '"') {
                quoted = !quoted;
            }
            out.append(c == '\r' && quoted ? stand : c);
        }
        return out.toString();
    }

    /** A private-use character the text does not hold. */
    private static char unused(String text) {
        for (char c = '\ue000'; c < '\uf8ff'; c++) {
            if (text.indexOf(c) < 0) {
                return c;
            }
        }
        throw new IllegalArgumentException("the text uses every private-use character");
    }

    /** A reader of a table's text as {@link #reader(String, char, int)}, its separator found from its name and first line. */
    public static CSVReader reader(String fileName, String text) {
        return reader(text, CsvSeparator.of(fileName, text), DEFAULT_MULTILINE_LIMIT);
    }

    /**
     * A writer of comma-separated records, lines ended by LF: closing it closes {@code out}.
     * Call {@link ICSVWriter#writeNext(String[], boolean)} with {@code false}, so that only cells
     * that need quotes get them.
     */
    public static ICSVWriter writer(Writer out) {
        return new CSVWriter(out, ',', '"', '"', "\n");
    }

    /** One record as a line of CSV, without its line end. */
    public static String line(String... cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        return out.toString();
    }

    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        boolean quoted = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || text.indexOf(';') >= 0 || text.indexOf('\t') >= 0;
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
