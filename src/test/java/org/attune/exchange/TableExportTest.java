package org.attune.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opencsv.CSVReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attune.model.AttuneException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableExportTest {

    private static final List<String> HEADER = List.of("given", "target", "count", "adjusted_residual", "yules_q", "memo");

    @TempDir
    Path folder;

    @Test
    void csvQuotesOnlyWhereNeededWithLfLineEndsAndNoByteOrderMark() {
        byte[] csv = TableExport.csv(List.of("code", "turns"), List.of(
                row("amplification", 12),
                row("repair, late", 3),
                row("said \"no\"\nthen left", null)));

        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("""
                code,turns
                amplification,12
                "repair, late",3
                "said ""no""
                then left",
                """);
        assertThat(csv[0]).isEqualTo((byte) 'c');
    }

    @Test
    void csvNumbersReadBackAsTheSameNumbers() {
        double residual = 1.4491378028648445;
        double third = 1.0 / 3;
        List<Object> numbers = row(7, 123456789012L, 3.0, -1.96, residual, third, 0.1f, new BigDecimal("2.50"),
                new BigInteger("123456789012345678901234567890"), 1e-7, 1e20, -0.0, (short) 4, 0.000125);

        String[] cells = readCsv(TableExport.csv(header(numbers.size()), List.of(numbers))).get(1);

        assertThat(cells).containsExactly("7", "123456789012", "3", "-1.96", "1.4491378028648445", "0.3333333333333333",
                "0.1", "2.5", "123456789012345678901234567890", "1.0E-7", "1.0E20", "0", "4", "0.000125");
        assertThat(Double.parseDouble(cells[4])).isEqualTo(residual);
        assertThat(Double.parseDouble(cells[5])).isEqualTo(third);
        assertThat(Double.parseDouble(cells[9])).isEqualTo(1e-7);
    }

    @Test
    void undefinedNumbersAreEmptyCells() {
        String[] cells = readCsv(TableExport.csv(header(3), List.of(row(Double.NaN, Double.POSITIVE_INFINITY, Float.NaN))))
                .get(1);

        assertThat(cells).containsExactly("", "", "");
    }

    @Test
    void csvTextIsNeutralisedAndRoundTripsThroughOpenCsv() {
        List<List<Object>> rows = List.of(
                row("=HYPERLINK(\"http://x\")", "+1 more", 5, -2.5, Double.NaN, "-- withdrawn"),
                row("@risk", "narrative", 0, 0.25, 1.0, "line one\nline two, \"quoted\""),
                row("amplification", "naïve ü 😀", 12L, null, -1, null));

        List<String[]> read = readCsv(TableExport.csv(HEADER, rows));

        assertThat(read).hasSize(4);
        assertThat(read.get(0)).containsExactlyElementsOf(HEADER);
        assertThat(read.get(1)).containsExactly("'=HYPERLINK(\"http://x\")", "'+1 more", "5", "-2.5", "", "'-- withdrawn");
        assertThat(read.get(2)).containsExactly("'@risk", "narrative", "0", "0.25", "1", "line one\nline two, \"quoted\"");
        assertThat(read.get(3)).containsExactly("amplification", "naïve ü 😀", "12", "", "-1", "");
    }

    @Test
    void xlsxHasABoldFrozenHeaderNumbersAsNumbersAndNeutralisedText() throws IOException {
        List<List<Object>> rows = List.of(
                row("=cmd|' /C calc'!A0", "narrative", 5, -2.5, Double.NaN, "-- withdrawn"),
                row("amplification", "naïve ü", 12L, new BigDecimal("1.25"), null, ""));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx("lag 1", HEADER, rows)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("lag 1");
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isZero();

            Row header = sheet.getRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                assertThat(header.getCell(i).getStringCellValue()).isEqualTo(HEADER.get(i));
                assertThat(workbook.getFontAt(header.getCell(i).getCellStyle().getFontIndex()).getBold()).isTrue();
            }

            Row first = sheet.getRow(1);
            assertQuoted(first.getCell(0), "=cmd|' /C calc'!A0");
            assertText(first.getCell(1), "narrative");
            assertNumber(first.getCell(2), 5);
            assertNumber(first.getCell(3), -2.5);
            assertThat(first.getCell(4)).as("NaN").isNull();
            assertQuoted(first.getCell(5), "-- withdrawn");

            Row second = sheet.getRow(2);
            assertText(second.getCell(1), "naïve ü");
            assertNumber(second.getCell(2), 12);
            assertNumber(second.getCell(3), 1.25);
            assertThat(second.getCell(4)).as("null").isNull();
            assertThat(second.getCell(5)).as("empty text").isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void xlsxSheetNamesAreMadeSafe() throws IOException {
        byte[] xlsx = TableExport.xlsx("co-occurrence [window 1] of sessions 1/2 and more", List.of("code"), List.of());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            String name = workbook.getSheetAt(0).getSheetName();
            assertThat(name).hasSizeLessThanOrEqualTo(31).doesNotContain("[", "]", "/");
        }
    }

    @Test
    void writeChoosesTheFormatByTheExtension() throws IOException {
        Path csv = folder.resolve("lag table.CSV");
        Path xlsx = folder.resolve("co-occurrence.xlsx");
        List<List<Object>> rows = List.of(row("repair", "withdrawal", 2, 1.9322, 1.0, null));

        TableExport.write(csv, HEADER, rows);
        TableExport.write(xlsx, HEADER, rows);

        assertThat(Files.readAllBytes(csv)).isEqualTo(TableExport.csv(HEADER, rows));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("co-occurrence");
            assertNumber(workbook.getSheetAt(0).getRow(1).getCell(3), 1.9322);
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("lag table.CSV",
                    "co-occurrence.xlsx");
        }
    }

    @Test
    void writeReplacesAnEarlierExport() throws IOException {
        Path csv = folder.resolve("codes.csv");
        Files.writeString(csv, "an older, longer export of the same table\n".repeat(10));

        TableExport.write(csv, List.of("code"), List.of(row("repair")));

        assertThat(Files.readString(csv)).isEqualTo("code\nrepair\n");
    }

    @Test
    void writeRefusesOtherExtensionsNamingTheFileAndTheAllowedOnes() {
        assertThatThrownBy(() -> TableExport.write(folder.resolve("lag.json"), HEADER, List.of()))
                .isInstanceOf(AttuneException.class)
                .hasMessageContaining("lag.json")
                .hasMessageContaining(".csv or .xlsx");
        assertThatThrownBy(() -> TableExport.write(folder.resolve("lag"), HEADER, List.of()))
                .isInstanceOf(AttuneException.class)
                .hasMessageStartingWith("lag:");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aFileThatCannotBeWrittenIsAnAttuneExceptionAndLeavesNothingBehind() {
        Path missing = folder.resolve("no such folder").resolve("table.csv");

        assertThatThrownBy(() -> TableExport.write(missing, HEADER, List.of()))
                .isInstanceOf(AttuneException.class)
                .hasMessageContaining("table.csv")
                .hasMessageContaining("no such folder");
        assertThat(folder).isEmptyDirectory();
    }

    /** Bytes written by CodingsTable before it wrote through TableExport: its CSV must not change. */
    @Test
    void codingsTableCsvIsAsItWas() {
        List<CodingRow> rows = List.of(
                new CodingRow("ann", "s1", 1, "amplification", null, null, null, null, null, "Hello, there", 0),
                new CodingRow("=bob", "+s2", 12, "-repair", "-1", 3, 17, 14, "memo \"quoted\"\nline two", "@sum(a1)", 0),
                new CodingRow("ann", "s 3", 7, "narrative", "2.5", 0, null, null, "", "", 0),
                new CodingRow("ann", "s4", 9, "x", "10", null, 5, null, "semi;colon", "tab\there ünïcødé 😀", 0),
                new CodingRow("ann", "s4", 9, "x", "0", null, null, 10, "cr\r\nlf", "'quote first", 0));

        assertThat(new String(CodingsTable.writeCsv(rows), StandardCharsets.UTF_8)).isEqualTo(
                "coder,transcript,turn,code,value,start,end,end_turn,memo,text\n"
                        + "ann,s1,1,amplification,,,,,,\"Hello, there\"\n"
                        + "'=bob,'+s2,12,'-repair,'-1,3,17,14,\"memo \"\"quoted\"\"\nline two\",'@sum(a1)\n"
                        + "ann,s 3,7,narrative,2.5,0,,,,\n"
                        + "ann,s4,9,x,10,,5,,semi;colon,tab\there ünïcødé 😀\n"
                        + "ann,s4,9,x,0,,,10,\"cr\r\nlf\",'quote first\n");
        assertThat(CodingsTable.writeCsv(List.of())).asString(StandardCharsets.UTF_8)
                .isEqualTo("coder,transcript,turn,code,value,start,end,end_turn,memo,text\n");
    }

    @Test
    void codingsTableXlsxHasNumericValues() throws IOException {
        byte[] xlsx = CodingsTable.writeXlsx(List.of(
                new CodingRow("ann", "s1", 3, "intensity", "-1", null, null, null, "=note", null, 0)));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = workbook.getSheet("codings").getRow(1);
            assertNumber(row.getCell(2), 3);
            assertNumber(row.getCell(4), -1);
            assertQuoted(row.getCell(8), "=note");
            assertThat(row.getCell(5)).isNull();
        }
    }

    private static void assertText(Cell cell, String text) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(text);
    }

    /** A formula-like text: the cell holds the text itself, as text, marked quote-prefixed so that it stays text when edited. */
    private static void assertQuoted(Cell cell, String text) {
        assertText(cell, text);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote-prefixed").isTrue();
    }

    private static void assertNumber(Cell cell, double number) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(number);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static List<String> header(int columns) {
        List<String> header = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
            header.add("c" + i);
        }
        return header;
    }

    private static List<String[]> readCsv(byte[] csv) {
        try (CSVReader reader = new CSVReader(new StringReader(new String(csv, StandardCharsets.UTF_8)))) {
            return reader.readAll();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
