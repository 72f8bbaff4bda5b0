package org.attune.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attune.io.CsvSeparator;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;

/**
 * Codebooks as spreadsheets, the way many labs keep them: one row per code, a header row naming
 * the columns. Excel workbooks (.xlsx) are read and written; CSV and TSV files are read.
 *
 * <p>Columns, matched without regard to case, spaces, '-' and '_': {@code group} and {@code code}
 * (names, required); {@code description, inclusion, exclusion, example} (several examples one a
 * line within the cell), {@code color, key}; and {@code group_id, code_id, group_description,
 * exclusive, applies_to, kind, measure, levels}. Ids are made from names where the sheet gives
 * none. A workbook keeps the codebook's name, version, description, authors, citations and notes
 * on a second sheet named "codebook" (a field name in column A, its value in column B), so that a
 * written workbook reads back as the same codebook. A CSV file has no place for them: its codebook
 * is named after the file, version 1, and {@link ReadCodebook#discarded()} says so.
 *
 * <p>Cells are read as the text they show whatever their type, a formula as its cached value; a
 * text written with an apostrophe to keep a spreadsheet from running it as a formula is read back
 * without it ({@link org.attune.io.CellText}).
 */
public final class SpreadsheetCodebook {

    private static final String DEFAULT_VERSION = "1";
    /** A title and a few lines of explanation may come before the header row; a data row never does. */
    private static final int MAX_ROWS_ABOVE_HEADER = 10;

    private SpreadsheetCodebook() {
    }

    /**
     * Reads a codebook from an .xlsx workbook (its first sheet) or a .csv or .tsv file.
     *
     * @param fileName the file's name, which tells the format and names the codebook when the file does not
     * @param content the file's bytes
     * @throws CodebookFormatException listing every problem found, each with its row and column
     */
    public static ReadCodebook read(String fileName, byte[] content) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        List<CodebookProblem> problems = new ArrayList<>();
        List<String> discarded = new ArrayList<>();
        List<SpreadsheetRow> rows;
        SpreadsheetMetadata metadata;
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            SpreadsheetWorkbook workbook = SpreadsheetWorkbook.read(fileName, content);
            rows = workbook.codes();
            workbook.otherSheets().forEach(sheet -> discarded.add("sheet '" + sheet + "' was ignored: the codes are read "
                    + "from the first sheet, and the codebook's own fields from a sheet named '" + SpreadsheetMetadata.SHEET + "'"));
            metadata = workbook.metadata().map(sheet -> SpreadsheetMetadata.read(sheet, problems, discarded)).orElse(null);
            if (metadata == null) {
                discarded.add("the workbook has no sheet named '" + SpreadsheetMetadata.SHEET + "' with the codebook's name, "
                        + "version, description, authors, citations and notes: it was named after the file, version "
                        + DEFAULT_VERSION);
            }
        } else if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".tab") || lower.endsWith(".txt")) {
            rows = SpreadsheetCsv.rows(fileName, content, discarded);
            metadata = null;
            discarded.add("a " + (CsvSeparator.of(fileName, "") == '\t' ? "TSV" : "CSV") + " file has no place "
                    + "for the codebook's name, version, description, authors, citations and notes: it was named after "
                    + "the file, version " + DEFAULT_VERSION);
        } else {
            throw new CodebookFormatException(fileName, List.of(new CodebookProblem("",
                    "not a spreadsheet codebook: expected a .xlsx, .csv or .tsv file")));
        }
        List<CodeGroup> groups = groups(rows, problems, discarded);
        if (!problems.isEmpty()) {
            throw new CodebookFormatException(fileName, problems);
        }
        String name = metadata == null || metadata.name().isEmpty() ? baseName(fileName) : metadata.name();
        if (metadata != null && metadata.name().isEmpty()) {
            discarded.add("the '" + SpreadsheetMetadata.SHEET + "' sheet gives no name: the codebook was named after the file");
        }
        String version = metadata == null || metadata.version().isEmpty() ? DEFAULT_VERSION : metadata.version();
        Codebook codebook = metadata == null
                ? new Codebook(name, version, "", List.of(), List.of(), "", groups)
                : new Codebook(name, version, metadata.description(), metadata.authors(), metadata.citations(),
                        metadata.notes(), groups);
        return new ReadCodebook(codebook, discarded);
    }

    /**
     * Writes a codebook as an .xlsx workbook: a header row and one row per code with every column,
     * formatted for people, and the codebook's own fields on a second sheet. The same codebook
     * always gives the same bytes.
     *
     * @throws IllegalArgumentException when a text is longer than an Excel cell holds (32,767 characters)
     */
    public static byte[] writeXlsx(Codebook codebook) {
        return SpreadsheetWorkbookWriter.write(codebook);
    }

    /**
     * The codes' rows gathered into groups. The header is the first row that names both a group and
     * a code column, so that a title and a few lines above it do no harm; without one, the first row
     * that is not blank is taken for the header, and the problem says what it lacks.
     */
    private static List<CodeGroup> groups(List<SpreadsheetRow> rows, List<CodebookProblem> problems, List<String> discarded) {
        List<SpreadsheetRow> filled = rows.stream().filter(row -> !row.isBlank()).toList();
        if (filled.isEmpty()) {
            problems.add(new CodebookProblem("", "empty: expected a header row naming at least the columns 'group' and 'code'"));
            return List.of();
        }
        int headerIndex = 0;
        for (int i = 0; i < Math.min(filled.size(), MAX_ROWS_ABOVE_HEADER + 1); i++) {
            if (SpreadsheetHeader.read(filled.get(i), new ArrayList<>(), new ArrayList<>()).isPresent()) {
                headerIndex = i;
                break;
            }
        }
        if (headerIndex > 0) {
            discarded.add("row" + (headerIndex == 1 ? " " + filled.getFirst().number() : "s " + filled.getFirst().number()
                    + " to " + filled.get(headerIndex - 1).number()) + ", above the header row, "
                    + (headerIndex == 1 ? "was" : "were") + " ignored");
        }
        Optional<SpreadsheetHeader> header = SpreadsheetHeader.read(filled.get(headerIndex), problems, discarded);
        if (header.isEmpty()) {
            return List.of();
        }
        SpreadsheetCodeRows codeRows = new SpreadsheetCodeRows(header.get(), problems);
        filled.subList(headerIndex + 1, filled.size()).forEach(codeRows::add);
        List<CodeGroup> groups = codeRows.finish();
        if (codeRows.codeCount() == 0 && problems.isEmpty()) {
            problems.add(new CodebookProblem("", "no codes: the header row is there, but no row below it names a group and a code"));
        }
        return groups;
    }

    /** The file's name without folders and extension: "Conversational model" for "C:\codebooks\Conversational model.xlsx". */
    static String baseName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        name = (dot > 0 ? name.substring(0, dot) : name).strip();
        return name.isEmpty() ? "Codebook" : name;
    }
}
