package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.attune.cli.CommandLineTest.attune;
import static org.attune.cli.CommandLineTest.demo;
import static org.attune.cli.CommandLineTest.json;

import com.opencsv.CSVReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.cli.CommandLineTest.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code attune agreement} on the demo project, checked against figures worked out here by a
 * separate and plain route: the sample coders' codings read from their CSV files, the turns'
 * roles from {@code attune show}, the groups' roles from {@code attune codebook show}, and
 * percent agreement and Cohen's kappa counted turn by turn with the textbook formulas.
 */
class AgreementCommandsTest {

    @TempDir
    static Path dir;

    static String project;
    static JsonNode report;
    /** (transcript, turn) to role. */
    static final Map<String, String> roles = new HashMap<>();
    /** code to the role its group applies to; group to its codes, for exclusive groups. */
    static final Map<String, String> roleOfCode = new HashMap<>();
    static final Map<String, List<String>> exclusiveGroups = new HashMap<>();
    static final Map<String, String> roleOfGroup = new HashMap<>();
    /** coder to the set of "transcript#turn#code" they coded. */
    static final Map<String, Set<String>> coded = new HashMap<>();


    @BeforeAll
    static void demoAndItsCodings() throws IOException {
        project = demo(dir);
        Run run = attune("agreement", project, "--coders", "anna,ben", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        report = json(run.out());

        for (JsonNode t : json(attune("transcripts", project, "--json").out())) {
            String name = t.get("name").asString();
            for (JsonNode turn : json(attune("show", project, name, "--json").out()).get("turns")) {
                roles.put(name + "#" + turn.get("turn").asInt(), turn.get("role").asString());
            }
        }
        for (JsonNode group : json(attune("codebook", "show", project, "--json").out()).get("groups")) {
            List<String> codes = group.get("codes").valueStream().map(c -> c.get("id").asString()).toList();
            codes.forEach(c -> roleOfCode.put(c, group.get("applies_to").asString()));
            if (group.get("exclusive").asBoolean()) {
                exclusiveGroups.put(group.get("id").asString(), codes);
                roleOfGroup.put(group.get("id").asString(), group.get("applies_to").asString());
            }
        }
        for (String coder : List.of("anna", "ben")) {
            Set<String> set = new HashSet<>();
            try (Reader in = Files.newBufferedReader(Path.of("samples/codings/" + coder + ".csv")); CSVReader csv = new CSVReader(in)) {
                csv.skip(1);
                for (String[] row : csv) {
                    set.add(row[1] + "#" + row[2] + "#" + row[3]);
                }
            }
            coded.put(coder, set);
        }
    }

    /** Percent agreement and Cohen's kappa from a list of (anna's category, ben's category), one per turn. */
    static double[] agreementAndKappa(List<String[]> pairs) {
        Map<String, Double> a = new HashMap<>();
        Map<String, Double> b = new HashMap<>();
        double same = 0;
        for (String[] p : pairs) {
            same += p[0].equals(p[1]) ? 1 : 0;
            a.merge(p[0], 1.0, Double::sum);
            b.merge(p[1], 1.0, Double::sum);
        }
        double n = pairs.size();
        double po = same / n;
        double pe = 0;
        for (String k : a.keySet()) {
            pe += a.get(k) / n * b.getOrDefault(k, 0.0) / n;
        }
        return new double[] {po, (po - pe) / (1 - pe), n};
    }

    static boolean fits(String appliesTo, String role) {
        return appliesTo.equals("any") || appliesTo.equals(role);
    }

    static JsonNode line(String array, String key, String id, String compared) {
        return report.get(array).valueStream()
                .filter(l -> l.get(key).asString().equals(id) && l.get("compared").asString().equals(compared))
                .findFirst().orElseThrow();
    }

    @Test
    void everyCodesPresenceMatchesACountFromTheCodingsFiles() {
        int checked = 0;
        for (String code : roleOfCode.keySet()) {
            List<String[]> pairs = new java.util.ArrayList<>();
            roles.forEach((turn, role) -> {
                if (fits(roleOfCode.get(code), role)) {
                    pairs.add(new String[] {String.valueOf(coded.get("anna").contains(turn + "#" + code)),
                            String.valueOf(coded.get("ben").contains(turn + "#" + code))});
                }
            });
            double[] expected = agreementAndKappa(pairs);
            JsonNode line = line("codes", "code", code, "presence");
            assertThat(line.get("n_units").asLong()).as(code).isEqualTo((long) expected[2]);
            assertThat(line.get("percent_agreement").asDouble()).as(code).isCloseTo(expected[0], within(1e-12));
            if (Double.isFinite(expected[1])) {
                assertThat(line.get("cohen_kappa").asDouble()).as(code).isCloseTo(expected[1], within(1e-12));
                checked++;
            } else {
                assertThat(line.get("cohen_kappa").isNull()).as(code).isTrue();
            }
        }
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    void everyExclusiveGroupsChoiceMatchesACountFromTheCodingsFiles() {
        for (Map.Entry<String, List<String>> group : exclusiveGroups.entrySet()) {
            List<String[]> pairs = new java.util.ArrayList<>();
            roles.forEach((turn, role) -> {
                if (fits(roleOfGroup.get(group.getKey()), role)) {
                    String[] pair = {"none", "none"};
                    for (int c = 0; c < 2; c++) {
                        String coder = c == 0 ? "anna" : "ben";
                        for (String code : group.getValue()) {
                            if (coded.get(coder).contains(turn + "#" + code)) {
                                pair[c] = code;
                            }
                        }
                    }
                    pairs.add(pair);
                }
            });
            double[] expected = agreementAndKappa(pairs);
            JsonNode line = line("groups", "group", group.getKey(), "choice");
            assertThat(line.get("percent_agreement").asDouble()).as(group.getKey()).isCloseTo(expected[0], within(1e-12));
            assertThat(line.get("cohen_kappa").asDouble()).as(group.getKey()).isCloseTo(expected[1], within(1e-12));
        }
        assertThat(exclusiveGroups).containsKeys("therapist-form", "client-form");
    }

    @Test
    void theReportStatesItsRulesAndParameters() {
        assertThat(report.get("unit").asString()).isEqualTo("turn");
        assertThat(report.get("coders").valueStream().map(JsonNode::asString).toList()).containsExactly("anna", "ben");
        assertThat(report.get("codebook_version").asInt()).isEqualTo(1);
        assertThat(report.get("rules").size()).isGreaterThan(3);
        assertThat(report.get("transcripts").size()).isEqualTo(6);
        assertThat(report.get("overall").get("n_units").asLong()).isGreaterThan(10_000);
    }

    @Test
    void bootstrapIntervalsAreSeededAndSurroundTheEstimate() {
        String[] args = {"agreement", project, "--coders", "anna,ben", "--codes", "client-form", "--bootstrap", "300", "--seed", "7", "--json"};
        JsonNode first = json(attune(args).out());
        JsonNode again = json(attune(args).out());
        JsonNode form = first.get("groups").get(0);
        assertThat(form.get("ci95")).isEqualTo(again.get("groups").get(0).get("ci95"));
        double kappa = form.get("cohen_kappa").asDouble();
        assertThat(form.get("ci95").get("cohen_kappa").get(0).asDouble()).isLessThan(kappa);
        assertThat(form.get("ci95").get("cohen_kappa").get(1).asDouble()).isGreaterThan(kappa);
    }

    @Test
    void threeCodersLeaveOutTheSessionsOneOfThemDidNotCode() {
        JsonNode three = json(attune("agreement", project, "--coders", "anna,ben,carla", "--json").out());
        assertThat(three.get("transcripts").size()).isEqualTo(2);
        assertThat(three.get("left_out").size()).isEqualTo(4);
        JsonNode form = three.get("groups").valueStream().filter(g -> g.get("group").asString().equals("client-form")).findFirst()
                .orElseThrow();
        assertThat(form.get("cohen_kappa").isNull()).isTrue();
        assertThat(form.get("fleiss_kappa").isNumber()).isTrue();
        assertThat(form.get("pairwise").size()).isEqualTo(3);
    }

    @Test
    void theWideRatingsGiveBackTheReportsKappaAndTheDisagreements() throws Exception {
        Path wide = dir.resolve("wide.csv");
        assertThat(attune("agreement", project, "--coders", "anna,ben", "--out", wide.toString(), "--wide").status()).isZero();
        List<String[]> formPairs = new java.util.ArrayList<>();
        int differing = 0;
        try (Reader in = Files.newBufferedReader(wide); CSVReader csv = new CSVReader(in)) {
            String[] header = csv.readNext();
            assertThat(header).containsExactly("unit", "transcript", "turn", "code", "compared", "anna", "ben");
            for (String[] row : csv) {
                if (row[3].equals("client-form")) {
                    formPairs.add(new String[] {row[5], row[6]});
                }
                if (!row[5].isEmpty() && !row[6].isEmpty() && !row[5].equals(row[6])) {
                    differing++;
                }
            }
        }
        JsonNode form = line("groups", "group", "client-form", "choice");
        assertThat(agreementAndKappa(formPairs)[1]).isCloseTo(form.get("cohen_kappa").asDouble(), within(1e-12));

        Run listed = attune("agreement", project, "--coders", "anna,ben", "--disagreements", "--json");
        assertThat(json(listed.out()).size()).isEqualTo(differing);
        JsonNode first = json(listed.out()).get(0);
        assertThat(first.get("ratings").get("anna").asString()).isNotEqualTo(first.get("ratings").get("ben").asString());
        assertThat(first.get("text").asString()).isNotBlank();
    }

    @Test
    void theWorkbookHoldsTheReportItsGroupsMatricesDisagreementsAndParameters() throws Exception {
        Path xlsx = dir.resolve("report.xlsx");
        Run run = attune("agreement", project, "--coders", "anna,ben", "--out", xlsx.toString(), "--bootstrap", "50");
        assertThat(run.status()).as(run.err()).isZero();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            List<String> sheets = new java.util.ArrayList<>();
            book.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).startsWith("summary").contains("therapist-form", "client-form", "confusion matrices",
                    "disagreements", "parameters");
            var summary = book.getSheet("summary");
            assertThat(summary.getLastRowNum()).isEqualTo(report.get("codes").size() + report.get("groups").size() + 1);
            int kappaColumn = -1;
            for (var cell : summary.getRow(0)) {
                if (cell.getStringCellValue().equals("cohen_kappa")) {
                    kappaColumn = cell.getColumnIndex();
                }
            }
            for (var row : summary) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("client-form")) {
                    assertThat(row.getCell(kappaColumn).getNumericCellValue())
                            .isCloseTo(line("groups", "group", "client-form", "choice").get("cohen_kappa").asDouble(), within(1e-12));
                }
            }
            assertThat(book.getSheet("parameters").getRow(2).getCell(1).getStringCellValue()).isEqualTo("anna, ben");
        }
    }

    @Test
    void eachTranscriptOnItsOwnMatchesACountOfItsTurns() {
        JsonNode json = json(attune("agreement", project, "--coders", "anna,ben", "--by-transcript", "--json").out());
        JsonNode byTranscript = json.get("by_transcript");
        assertThat(byTranscript.size()).isEqualTo(6);
        long units = 0;
        for (String transcript : byTranscript.propertyNames()) {
            JsonNode form = byTranscript.get(transcript).get("groups").valueStream()
                    .filter(g -> g.get("group").asString().equals("client-form")).findFirst().orElseThrow();
            List<String[]> pairs = new java.util.ArrayList<>();
            roles.forEach((turn, role) -> {
                if (turn.startsWith(transcript + "#") && fits(roleOfGroup.get("client-form"), role)) {
                    String[] pair = {"none", "none"};
                    for (int c = 0; c < 2; c++) {
                        for (String code : exclusiveGroups.get("client-form")) {
                            if (coded.get(c == 0 ? "anna" : "ben").contains(turn + "#" + code)) {
                                pair[c] = code;
                            }
                        }
                    }
                    pairs.add(pair);
                }
            });
            double[] expected = agreementAndKappa(pairs);
            assertThat(form.get("percent_agreement").asDouble()).as(transcript).isCloseTo(expected[0], within(1e-12));
            assertThat(form.get("cohen_kappa").asDouble()).as(transcript).isCloseTo(expected[1], within(1e-12));
            units += byTranscript.get(transcript).get("overall").get("n_units").asLong();
        }
        assertThat(units).isEqualTo(json.get("overall").get("n_units").asLong());
    }

    @Test
    void spanAgreementIsWrittenToTheFileAsked() throws Exception {
        JsonNode spans = json(attune("agreement", project, "--coders", "anna,ben", "--unit", "span", "--json").out());
        java.nio.file.Path out = dir.resolve("spans.csv");
        Run run = attune("agreement", project, "--coders", "anna,ben", "--unit", "span", "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = java.nio.file.Files.readAllLines(out);
        assertThat(lines.getFirst()).isEqualTo("code,alpha_u,anna/ben matched,anna/ben only anna,anna/ben only ben,"
                + "anna/ben percent_agreement");
        assertThat(lines).hasSize(spans.get("alpha_u_by_code").size() + 2);
        JsonNode codes = spans.get("pairs").get(0).get("codes");
        for (String line : lines.subList(1, lines.size() - 1)) {
            String[] cells = line.split(",");
            JsonNode code = codes.get(cells[0]);
            assertThat(Long.parseLong(cells[2])).as(cells[0]).isEqualTo(code.get("matched").asLong());
            assertThat(Long.parseLong(cells[3])).as(cells[0]).isEqualTo(code.get("only_first").asLong());
        }
        assertThat(lines.getLast()).startsWith("(all codes)," + spans.get("alpha_u").asText().substring(0, 5));
        assertThat(run.out()).isEqualTo("Wrote the span agreement of " + spans.get("alpha_u_by_code").size() + " codes to " + out + ".\n");
    }

    @Test
    void spansAsUnitsMatchTheCodingsFilesTurnForTurn() {
        Run run = attune("agreement", project, "--coders", "anna,ben", "--unit", "span", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode spans = json(run.out());
        assertThat(spans.get("alpha_u").asDouble()).isBetween(0.5, 1.0);
        JsonNode codes = spans.get("pairs").get(0).get("codes");
        // The sample codings are whole turns: a match is a turn both coded with the code.
        for (String code : roleOfCode.keySet()) {
            long both = coded.get("anna").stream().filter(k -> k.endsWith("#" + code) && coded.get("ben").contains(k)).count();
            long annaOnly = coded.get("anna").stream().filter(k -> k.endsWith("#" + code) && !coded.get("ben").contains(k)).count();
            long benOnly = coded.get("ben").stream().filter(k -> k.endsWith("#" + code) && !coded.get("anna").contains(k)).count();
            if (both + annaOnly + benOnly == 0) {
                assertThat(codes.has(code)).as(code).isFalse();
                continue;
            }
            assertThat(codes.get(code).get("matched").asLong()).as(code).isEqualTo(both);
            assertThat(codes.get(code).get("only_first").asLong()).as(code).isEqualTo(annaOnly);
            assertThat(codes.get(code).get("only_second").asLong()).as(code).isEqualTo(benOnly);
        }
    }

    @Test
    void withDoneOnlyTheTranscriptsEveryCoderMarkedDoneCount() {
        assertThat(attune("done", project, "--coder", "anna", "d01-s01", "d01-s02", "d02-s01").status()).isZero();
        assertThat(attune("done", project, "--coder", "ben", "d01-s01", "d01-s02").status()).isZero();
        Run unknown = attune("done", project, "--coder", "ben", "d09-s09");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("no transcript named 'd09-s09'");

        JsonNode done = json(attune("agreement", project, "--coders", "anna,ben", "--done", "--json").out());
        assertThat(done.get("transcripts").valueStream().map(JsonNode::asString).toList()).containsExactly("d01-s01", "d01-s02");
        assertThat(done.get("left_out").get("d02-s01").valueStream().map(JsonNode::asString).toList()).containsExactly("ben");
        assertThat(done.get("left_out").get("d02-s02").size()).isEqualTo(2);
        assertThat(done.get("rules").valueStream().map(JsonNode::asString).toList())
                .contains("a transcript counts only when every compared coder has marked it done");
        // Taking a mark back takes the transcript out again.
        assertThat(attune("done", project, "--coder", "ben", "d01-s02", "--undo").status()).isZero();
        JsonNode fewer = json(attune("agreement", project, "--coders", "anna,ben", "--done", "--json").out());
        assertThat(fewer.get("transcripts").size()).isEqualTo(1);
        assertThat(attune("done", project, "--coder", "ben", "d01-s02").status()).isZero();
    }

    @Test
    void badRequestsGetOneLineErrors() {
        Run unknown = attune("agreement", project, "--coders", "anna,zed");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("no coder named 'zed'").contains("anna, ben, carla");
        Run one = attune("agreement", project, "--coders", "anna");
        assertThat(one.status()).isEqualTo(1);
        assertThat(one.err()).contains("two coders or more");
        Run code = attune("agreement", project, "--coders", "anna,ben", "--codes", "nonsense");
        assertThat(code.status()).isEqualTo(1);
        assertThat(code.err()).contains("no code or group 'nonsense'");
    }
}
