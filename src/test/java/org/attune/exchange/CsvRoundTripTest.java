package org.attune.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.attune.io.CellText;
import org.attune.io.CsvFormat;
import org.junit.jupiter.api.Test;

/**
 * One CSV policy (RFC 4180, no backslash escapes) for every table Attune writes and reads: random
 * cells full of what breaks CSV (backslashes, quotes, separators, CR and LF, formula-like starts,
 * tabs, Unicode) written and read back equal, through each writer and reader pair.
 */
class CsvRoundTripTest {

    private static final String[] PIECES = {"\\", "\"", ",", ";", "\t", "\r\n", "\n", "\r", "=", "+", "-", "@", "'", "é", "Zoë",
        "日本", "😀", "C:\\new", "a", "b c", " ", "x\\", "\\\"", "'=", "''", "\"\"", "end\\"};

    private final Random random = new Random(20261204);

    private String cell() {
        StringBuilder out = new StringBuilder();
        int pieces = random.nextInt(9);
        for (int i = 0; i < pieces; i++) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }

    /** A cell that readers take as a name: not blank, nothing around it (they strip names). */
    private String name() {
        String cell;
        do {
            cell = cell().strip();
        } while (cell.isEmpty() || !cell.equals(CellText.restored(cell)) && cell.startsWith("'"));
        return cell;
    }

    @Test
    void anyTableWrittenReadsBackCellForCell() throws Exception {
        for (int round = 0; round < 300; round++) {
            List<String> header = List.of("a", "b", "c");
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 0; r < 1 + random.nextInt(5); r++) {
                rows.add(List.of(cell(), cell(), cell()));
            }
            String text = new String(TableExport.csv(header, rows), StandardCharsets.UTF_8);
            try (CSVReader csv = CsvFormat.reader("t.csv", text)) {
                assertThat(csv.readNext()).containsExactly("a", "b", "c");
                for (List<Object> row : rows) {
                    String[] record = csv.readNext();
                    assertThat(record).as("round %d, from %s", round, text).hasSize(3);
                    for (int i = 0; i < 3; i++) {
                        assertThat(CellText.restored(record[i])).as("round %d, from %s", round, text).isEqualTo(row.get(i));
                    }
                }
                assertThat(csv.readNext()).isNull();
            }
        }
    }

    @Test
    void codingsExportedReadBackEqualInCsvAndInXlsx() {
        for (int round = 0; round < 100; round++) {
            List<CodingRow> rows = new ArrayList<>();
            for (int r = 0; r < 1 + random.nextInt(6); r++) {
                String memo = cell();
                rows.add(new CodingRow(name(), name(), 1 + random.nextInt(9), name(), null, null, null, null,
                        memo.isBlank() ? null : memo, null, 0));
            }
            List<CodingRow> fromCsv = CodingsTable.readCsv("codings.csv",
                    new String(CodingsTable.writeCsv(rows), StandardCharsets.UTF_8));
            List<CodingRow> fromXlsx = CodingsTable.readXlsx("codings.xlsx", CodingsTable.writeXlsx(rows));
            assertThat(fromCsv.stream().map(CsvRoundTripTest::content).toList()).as("csv, round " + round)
                    .isEqualTo(rows.stream().map(CsvRoundTripTest::content).toList());
            assertThat(fromXlsx.stream().map(CsvRoundTripTest::content).toList()).as("xlsx, round " + round)
                    .isEqualTo(rows.stream().map(CsvRoundTripTest::content).toList());
        }
    }

    @Test
    void pseudonymListsWrittenReadBackEqual() {
        for (int round = 0; round < 200; round++) {
            Set<String> names = new LinkedHashSet<>();
            for (int r = 0; r < 1 + random.nextInt(5); r++) {
                names.add(name());
            }
            List<PseudonymTable.Entry> entries = names.stream().map(n -> new PseudonymTable.Entry(n, name(), 0)).toList();
            List<PseudonymTable.Entry> read = PseudonymTable.read("names.csv", PseudonymTable.write(entries));
            assertThat(read.stream().map(e -> List.of(e.name(), e.replacement())).toList()).as("round " + round)
                    .isEqualTo(entries.stream().map(e -> List.of(e.name(), e.replacement())).toList());
        }
    }

    @Test
    void ratingsAndDecisionsTablesReadWhatWasWritten() {
        for (int round = 0; round < 200; round++) {
            String unit = name();
            String coder = name();
            String decision = name();
            // Ratings come from elsewhere (R's write.csv quotes as RFC 4180 does), not from Attune's neutralising exports.
            String ratings = CsvFormat.line("unit", "coder", "value") + "\r\n" + CsvFormat.line(unit, coder, "3") + "\r\n";
            RatingsTable.Rating rating = RatingsTable.readCsv("ratings.csv", ratings).getFirst();
            assertThat(List.of(rating.unit(), rating.coder(), rating.value())).as("round " + round).containsExactly(unit, coder, "3");
            String decisions = new String(TableExport.csv(List.of("transcript", "turn", "code", "compared", "decision"),
                    List.of(List.of(unit, 4, coder, "presence", decision))), StandardCharsets.UTF_8);
            DecisionsTable.Decision read = DecisionsTable.readCsv("decisions.csv", decisions).getFirst();
            assertThat(List.of(read.transcript(), read.code(), read.decision())).as("round " + round)
                    .containsExactly(unit, coder, decision);
        }
    }

    @Test
    void aBackslashIsAnOrdinaryCharacter() {
        String csv = "coder,transcript,turn,code,memo\nann,s1,3,q,C:\\new\nann,s1,4,q,\"ends in \\\"\nann,s1,5,q,\"a \\\"quote\\\"\"\"\"\n";
        List<CodingRow> rows = CodingsTable.readCsv("codings.csv", csv);
        assertThat(rows).extracting(CodingRow::memo).containsExactly("C:\\new", "ends in \\", "a \\\"quote\\\"\"");
    }

    private static List<Object> content(CodingRow row) {
        List<Object> out = new ArrayList<>();
        out.add(row.coder());
        out.add(row.transcript());
        out.add(row.turn());
        out.add(row.code());
        out.add(row.memo() == null ? "" : row.memo());
        return out;
    }
}
