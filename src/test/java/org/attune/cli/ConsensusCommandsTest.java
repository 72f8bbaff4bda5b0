package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.CommandLineTest.attune;
import static org.attune.cli.CommandLineTest.demo;
import static org.attune.cli.CommandLineTest.json;

import com.opencsv.CSVReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attune.cli.CommandLineTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code attune consensus} on the demo project: agreements taken over, disagreements settled from a sheet. */
class ConsensusCommandsTest {

    @TempDir
    Path dir;
    String project;


    @BeforeEach
    void buildDemo() {
        project = demo(dir);
    }

    /** "transcript#turn#code[#value]" of a coder's codings, from the codings export. */
    Set<String> codingsOf(String coder) throws Exception {
        Path out = dir.resolve(coder + ".csv");
        assertThat(attune("codings", "export", project, "--coder", coder, "--out", out.toString()).status()).isZero();
        Set<String> set = new HashSet<>();
        try (Reader in = Files.newBufferedReader(out); CSVReader csv = new CSVReader(in)) {
            String[] header = csv.readNext();
            List<String> h = List.of(header);
            for (String[] row : csv) {
                String value = row[h.indexOf("value")];
                set.add(row[h.indexOf("transcript")] + "#" + row[h.indexOf("turn")] + "#" + row[h.indexOf("code")]
                        + (value.isEmpty() ? "" : "#" + value));
            }
        }
        return set;
    }

    @Test
    void agreementsAreTakenOverAndEverythingElseIsOpen() throws Exception {
        Run start = attune("consensus", project, "--coders", "anna,ben", "--into", "agreed", "--json");
        assertThat(start.status()).as(start.err()).isZero();
        JsonNode report = json(start.out());
        Set<String> anna = codingsOf("anna");
        Set<String> ben = codingsOf("ben");
        Set<String> agreed = codingsOf("agreed");
        // Every whole-turn coding both made (same code, same level) and nothing else.
        Set<String> both = new HashSet<>(anna);
        both.retainAll(ben);
        assertThat(agreed).isEqualTo(both);
        assertThat(report.get("taken_over").asInt()).isEqualTo(both.size());
        // Every open item is a unit the two rate differently.
        assertThat(report.get("open").size()).isGreaterThan(100);
        for (JsonNode item : report.get("open")) {
            assertThat(item.get("ratings").get("anna")).isNotEqualTo(item.get("ratings").get("ben"));
        }
        // Starting again changes nothing.
        JsonNode again = json(attune("consensus", project, "--coders", "anna,ben", "--into", "agreed", "--json").out());
        assertThat(again.get("taken_over").asInt()).isZero();
        assertThat(again.get("open").size()).isEqualTo(report.get("open").size());
        assertThat(codingsOf("agreed")).isEqualTo(both);
    }

    @Test
    void settledRowsBecomeCodingsWithTheOriginalsAndWhoDecidedKept() throws Exception {
        Path sheet = dir.resolve("open.csv");
        assertThat(attune("consensus", project, "--coders", "anna,ben", "--into", "agreed", "--out", sheet.toString()).status())
                .isZero();
        List<String> lines = Files.readAllLines(sheet);
        List<String> header = List.of(lines.get(0).split(","));
        assertThat(header).containsSequence("decision", "decided_by");
        // Settle the first presence item as present and the first level item with ben's level.
        StringBuilder decided = new StringBuilder("transcript,turn,code,compared,decision,decided_by\n");
        String presence = null;
        String level = null;
        try (Reader in = Files.newBufferedReader(sheet); CSVReader csv = new CSVReader(in)) {
            csv.readNext();
            for (String[] row : csv) {
                if (presence == null && row[3].equals("presence")) {
                    presence = row[0] + "#" + row[1] + "#" + row[2];
                    decided.append(String.join(",", row[0], row[1], row[2], row[3], "present", "Dr Hale")).append('\n');
                } else if (level == null && row[3].equals("level") && !row[5].isEmpty()) {
                    level = row[0] + "#" + row[1] + "#" + row[2] + "#" + row[5];
                    decided.append(String.join(",", row[0], row[1], row[2], row[3], row[5], "")).append('\n');
                }
            }
        }
        Path decisions = Files.writeString(dir.resolve("decided.csv"), decided);
        Run apply = attune("consensus", project, "--coders", "anna,ben", "--into", "agreed", "--decisions", decisions.toString(),
                "--by", "team", "--json");
        assertThat(apply.status()).as(apply.err()).isZero();
        JsonNode report = json(apply.out());
        assertThat(report.get("settled").asInt()).isEqualTo(2);
        assertThat(codingsOf("agreed")).contains(presence, level);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT compared, originals, decision, decided_by FROM consensus_decisions ORDER BY compared DESC")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("presence");
            assertThat(rs.getString(2)).matches("anna=(present|absent); ben=(present|absent)");
            assertThat(rs.getString(3)).isEqualTo("present");
            assertThat(rs.getString(4)).isEqualTo("Dr Hale");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("level");
            assertThat(rs.getString(4)).isEqualTo("team");
            assertThat(rs.next()).isFalse();
        }
        // The settled units are no longer open.
        JsonNode after = json(attune("consensus", project, "--coders", "anna,ben", "--into", "agreed", "--json").out());
        assertThat(after.get("decided").asInt()).isEqualTo(2);
    }

    @Test
    void anExcelSheetOfOpenItemsComesBackAsDecisions() throws Exception {
        Path sheet = dir.resolve("open.xlsx");
        assertThat(attune("consensus", project, "--coders", "anna,ben", "--into", "agreed", "--out", sheet.toString()).status())
                .isZero();
        String presence = null;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(sheet))) {
            var rows = workbook.getSheetAt(0);
            List<String> header = new java.util.ArrayList<>();
            rows.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            for (int r = 1; r <= rows.getLastRowNum() && presence == null; r++) {
                var row = rows.getRow(r);
                if (formatter.formatCellValue(row.getCell(header.indexOf("compared"))).equals("presence")) {
                    presence = formatter.formatCellValue(row.getCell(0)) + "#" + formatter.formatCellValue(row.getCell(1)) + "#"
                            + formatter.formatCellValue(row.getCell(2));
                    row.createCell(header.indexOf("decision")).setCellValue("present");
                    row.createCell(header.indexOf("decided_by")).setCellValue("Dr Hale");
                }
            }
            try (var outStream = Files.newOutputStream(sheet)) {
                workbook.write(outStream);
            }
        }
        assertThat(codingsOf("agreed")).doesNotContain(presence);
        Run apply = attune("consensus", project, "--coders", "anna,ben", "--into", "agreed", "--decisions", sheet.toString(),
                "--json");
        assertThat(apply.status()).as(apply.err()).isZero();
        assertThat(json(apply.out()).get("settled").asInt()).isEqualTo(1);
        assertThat(codingsOf("agreed")).contains(presence);
    }

    @Test
    void aBadSheetChangesNothingAndNamesTheLine() throws Exception {
        assertThat(attune("consensus", project, "--coders", "anna,ben", "--into", "agreed").status()).isZero();
        Set<String> before = codingsOf("agreed");
        // Turn 1 of d01-s01: both coded it procedural, so there is nothing to settle.
        Path notOpen = Files.writeString(dir.resolve("not-open.csv"),
                "transcript,turn,code,compared,decision,decided_by\nd01-s01,1,therapist-form,choice,question,team\n");
        Run refused = attune("consensus", project, "--coders", "anna,ben", "--into", "agreed", "--decisions", notOpen.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("not-open.csv, line 2").contains("is not a disagreement between anna, ben");
        assertThat(codingsOf("agreed")).isEqualTo(before);

        Path sheet = dir.resolve("open.csv");
        assertThat(attune("consensus", project, "--coders", "anna,ben", "--into", "agreed", "--out", sheet.toString()).status())
                .isZero();
        String first = Files.readAllLines(sheet).get(1);
        String[] cells = first.split(",");
        Path wrong = Files.writeString(dir.resolve("wrong.csv"), "transcript,turn,code,compared,decision,decided_by\n"
                + String.join(",", cells[0], cells[1], cells[2], cells[3], "maybe", "team") + "\n");
        Run invalid = attune("consensus", project, "--coders", "anna,ben", "--into", "agreed", "--decisions", wrong.toString());
        assertThat(invalid.status()).isEqualTo(1);
        assertThat(invalid.err()).contains("wrong.csv, line 2: 'maybe' is no decision for");
        assertThat(codingsOf("agreed")).isEqualTo(before);
    }

    @Test
    void theConsensusGoesToACoderOfItsOwn() {
        Run coder = attune("consensus", project, "--coders", "anna,ben", "--into", "Anna");
        assertThat(coder.status()).isEqualTo(1);
        assertThat(coder.err()).contains("one of the coders compared");
        Run other = attune("consensus", project, "--coders", "anna,ben", "--into", "carla");
        assertThat(other.status()).isEqualTo(1);
        assertThat(other.err()).contains("carla already has codings of their own");
        assertThat(attune("consensus", project, "--coders", "anna,ben", "--into", "agreed").status()).isZero();
        Run different = attune("consensus", project, "--coders", "anna,carla", "--into", "agreed");
        assertThat(different.status()).isEqualTo(1);
        assertThat(different.err()).contains("agreed is the consensus of anna, ben, not of anna, carla");
    }
}
