package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.attune.cli.CommandLineTest.attune;
import static org.attune.cli.CommandLineTest.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.cli.CommandLineTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The search and table verbs on a session small enough to work out every answer by hand:
 *
 * <pre>
 * turn  role       anna's codes                        ben's codes
 * 1     therapist  amplification                       repair
 * 2     client     narrative                           narrative
 * 3     therapist  amplification, staying-with-feeling
 * 4     client     chronicle, self-state-shift
 * 5     therapist  repair
 * 6     client     narrative
 * 7     therapist  amplification
 * 8     client     narrative, self-state-shift
 * </pre>
 */
class SearchCommandsTest {

    @TempDir
    Path dir;

    private String project;


    @BeforeEach
    void buildProject() throws IOException {
        project = dir.resolve("hand.attune").toString();
        Path session = Files.writeString(dir.resolve("d07-s02.txt"), """
                Therapist: What brings you here today?
                Client: My mother, mostly. She was angry with me again on Sunday.
                Therapist: Angry with you. And you felt small.
                Client: I did. I felt about six years old. I don't know why I still let her.
                Therapist: Let me check I have understood you.
                Client: Yes, she always does that. My mother never listens.
                Therapist: She never listens, and it hurts.
                Client: It does. It really hurts, and I don't say it to her.
                """);
        Path codings = Files.writeString(dir.resolve("codings.csv"), """
                coder,transcript,turn,code
                anna,d07-s02,1,amplification
                anna,d07-s02,2,narrative
                anna,d07-s02,3,amplification
                anna,d07-s02,3,staying-with-feeling
                anna,d07-s02,4,chronicle
                anna,d07-s02,4,self-state-shift
                anna,d07-s02,5,repair
                anna,d07-s02,6,narrative
                anna,d07-s02,7,amplification
                anna,d07-s02,8,narrative
                anna,d07-s02,8,self-state-shift
                ben,d07-s02,1,repair
                ben,d07-s02,2,narrative
                """);
        assertThat(attune("init", project).status()).isZero();
        assertThat(attune("import", project, session.toString()).status()).isZero();
        assertThat(attune("codebook", "use", project, "codebooks/conversational-model.yaml").status()).isZero();
        assertThat(attune("codings", "import", project, codings.toString()).status()).isZero();
    }

    @Test
    void searchPrintsHitsWithTheirCodesAndFacets() {
        Run run = attune("search", project, "mother");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("""
                2 turns match mother

                d07-s02  turn 2  Client (client)  [narrative]
                  My *mother*, mostly. She was angry with me again on Sunday.

                d07-s02  turn 6  Client (client)  [narrative]
                  Yes, she always does that. My *mother* never listens.

                By code: narrative 2
                By role: client 2
                By speaker: Client 2
                By transcript: d07-s02 2
                By coder: anna 2, ben 1
                """);
    }

    @Test
    void searchAsJsonHasTheIssuesShape() {
        Run run = attune("search", project, "code:amplification", "AND", "next.code:self-state-shift", "--coder", "anna",
                "--json");
        assertThat(run.status()).isZero();
        JsonNode result = json(run.out());
        assertThat(result.get("total").asInt()).isEqualTo(2);
        assertThat(result.get("hits")).hasSize(2);
        JsonNode hit = result.get("hits").get(0);
        assertThat(hit.get("transcript").asString()).isEqualTo("d07-s02");
        assertThat(hit.get("turn").asInt()).isEqualTo(3);
        assertThat(hit.get("speaker").asString()).isEqualTo("Therapist");
        assertThat(hit.get("role").asString()).isEqualTo("therapist");
        assertThat(hit.get("text").asString()).isEqualTo("Angry with you. And you felt small.");
        assertThat(hit.get("fragment").asString()).isEqualTo("Angry with you. And you felt small.");
        // In codebook order: the PIT features group comes before Meares' moves.
        assertThat(hit.get("codes").toString()).isEqualTo("[\"staying-with-feeling\",\"amplification\"]");
        assertThat(result.get("hits").get(1).get("turn").asInt()).isEqualTo(7);
        assertThat(result.get("facets").propertyNames()).containsExactly("code", "role", "speaker", "transcript", "coder");
        assertThat(result.get("facets").get("code").toString()).isEqualTo("{\"amplification\":2,\"staying-with-feeling\":1}");
        assertThat(result.get("facets").get("coder").toString()).isEqualTo("{\"anna\":2}");

        JsonNode words = json(attune("search", project, "\"felt\"", "--json", "--kwic").out());
        assertThat(words.get("hits").get(0).get("fragment").asString()).isEqualTo("Angry with you. And you <em>felt</em> small.");
        assertThat(words.get("kwic").get(1).get("left").asString()).isEqualTo("I did. I ");
        assertThat(words.get("kwic").get(1).get("keyword").asString()).isEqualTo("felt");
        assertThat(words.get("kwic").get(1).get("right").asString()).isEqualTo(" about six years old. I don't know why I");
    }

    @Test
    void kwicLinesLineUpTheKeyword() {
        Run run = attune("search", project, "hurts", "--kwic");
        // The keyword in one column, the text around it exactly as said: no space before the full stop or the comma.
        assertThat(run.out()).isEqualTo("""
                d07-s02 7  She never listens, and it *hurts*.  [amplification]
                d07-s02 8         It does. It really *hurts*, and I don't say it to her.  [narrative, self-state-shift]
                """);
    }

    @Test
    void kwicOfAQueryWithoutWordsListsItsTurns() {
        Run run = attune("search", project, "code:repair", "--kwic");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("""
                d07-s02 1  What brings you here today?  [amplification, repair]
                d07-s02 5  Let me check I have understood you.  [repair]
                """);
    }

    @Test
    void anInvalidQueryIsAUserErrorThatPointsAtTheProblem() {
        Run run = attune("search", project, "mother AND (felt");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("""
                attune: invalid query: the query ends too soon: something should follow 'felt'
                  mother AND (felt
                                  ^
                """);
        assertThat(attune("search", project, "code:narative").err())
                .startsWith("attune: invalid query: no code or group 'narative' in the codebook; did you mean narrative?");
    }

    @Test
    void hitsAndKwicLinesExportAsTables() throws IOException {
        Path csv = dir.resolve("hits.csv");
        Run run = attune("search", project, "role:client", "--out", csv.toString());
        assertThat(run.out()).isEqualTo("Wrote 4 hits of 4 to " + csv + ".\n");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("transcript,turn,speaker,role,start_ms,end_ms,codes,text");
        assertThat(lines.get(1)).isEqualTo("d07-s02,2,Client,client,,,narrative,\"My mother, mostly. She was angry with me again on Sunday.\"");
        assertThat(lines).hasSize(5);
        Path xlsx = dir.resolve("kwic.xlsx");
        assertThat(attune("search", project, "mother", "--kwic", "--out", xlsx.toString()).out())
                .isEqualTo("Wrote 2 KWIC lines of 2 to " + xlsx + ".\n");
        assertThat(xlsx).isNotEmptyFile();
        Path kwic = dir.resolve("kwic.csv");
        assertThat(attune("search", project, "hurts", "--kwic", "--out", kwic.toString()).status()).isZero();
        assertThat(Files.readAllLines(kwic)).containsExactly("transcript,turn,speaker,left,keyword,right,codes",
                "d07-s02,7,Therapist,\"She never listens, and it \",hurts,.,amplification",
                "d07-s02,8,Client,It does. It really ,hurts,\", and I don't say it to her.\",narrative; self-state-shift");
    }

    @Test
    void savedQueriesRunByName() {
        Run saved = attune("search", project, "code:narrative", "--coder", "ben", "--save", "Ben's narratives", "--limit", "0");
        assertThat(saved.status()).isZero();
        assertThat(saved.err()).isEqualTo("Saved the query as 'Ben's narratives'.\n");
        assertThat(attune("queries", project).out()).isEqualTo("""
                NAME              CODER  QUERY
                Ben's narratives  ben    code:narrative
                """);
        Run run = attune("search", project, "--saved", "ben's NARRATIVES", "--json");
        assertThat(json(run.out()).get("total").asInt()).isEqualTo(1);
        assertThat(json(run.out()).get("coder").asString()).isEqualTo("ben");
        // A query that cannot run is not saved.
        Run bad = attune("search", project, "code:nothing", "--save", "broken");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(attune("queries", project, "--json").out()).doesNotContain("broken");
        assertThat(attune("queries", project, "--delete", "Ben's narratives").out()).isEqualTo("Deleted the saved query 'Ben's narratives'.\n");
        assertThat(attune("search", project, "--saved", "Ben's narratives").err())
                .isEqualTo("attune: no saved query named 'Ben's narratives' in hand.attune; it has none yet\n");
    }

    @Test
    void indexRebuildsOnRequest() {
        // Nothing has searched the project yet: the first use builds the index, the next finds it current.
        Run first = attune("index", project);
        assertThat(first.out()).startsWith("Indexed 8 turns in ").endsWith(" in " + dir.resolve("hand.attune-index") + ".\n");
        Run second = attune("index", project);
        assertThat(second.out()).isEqualTo("The index of 8 turns in " + dir.resolve("hand.attune-index") + " is current.\n");
        Run rebuilt = attune("index", project, "--rebuild");
        assertThat(rebuilt.out()).startsWith("Indexed 8 turns in ").endsWith(" in " + dir.resolve("hand.attune-index") + ".\n");
    }

    @Test
    void cooccurrenceCountsTurnsThatCarryBothCodes() {
        JsonNode table = json(attune("cooccur", project, "--coder", "anna", "--json").out());
        assertThat(table.get("turns").asInt()).isEqualTo(8);
        assertThat(table.get("codes").toString()).isEqualTo(
                "[\"amplification\",\"chronicle\",\"narrative\",\"repair\",\"self-state-shift\",\"staying-with-feeling\"]");
        assertThat(table.get("rows").toString()).isEqualTo("[[3,0,0,0,0,1],[0,1,0,0,1,0],[0,0,3,0,1,0],[0,0,0,1,0,0],"
                + "[0,1,1,0,2,0],[1,0,0,0,0,1]]");
        assertThat(attune("cooccur", project, "--coder", "anna").out()).isEqualTo("""
                Codes on the same turn, anna's codes: 8 turns, 6 codes.

                CODE           WITH                  TURNS  TURNS WITH FIRST  TURNS WITH SECOND
                amplification  staying-with-feeling      1                 3                  1
                chronicle      self-state-shift          1                 1                  2
                narrative      self-state-shift          1                 3                  2
                """);
    }

    /**
     * Therapist to client at lag 1, anna's codes: the transitions are 1→2 amplification→narrative;
     * 3→4 amplification→chronicle, amplification→self-state-shift, staying-with-feeling→chronicle,
     * staying-with-feeling→self-state-shift; 5→6 repair→narrative; 7→8 amplification→narrative,
     * amplification→self-state-shift. N = 8; rows amplification 5, staying-with-feeling 2,
     * repair 1; columns narrative 3, chronicle 2, self-state-shift 3.
     */
    @Test
    void sequencesGiveTheLagStatisticsWorkedOutByHand() {
        JsonNode table = json(attune("sequences", project, "--coder", "anna", "--from-role", "therapist", "--to-role", "client",
                "--json").out());
        assertThat(table.get("total").asInt()).isEqualTo(8);
        assertThat(table.get("from_role").asString()).isEqualTo("therapist");
        // amplification -> narrative: n 2, p 2/5, e 5*3/8 = 1.875,
        // z = (2 - 1.875) / sqrt(1.875 * (1 - 5/8) * (1 - 3/8)) = 0.125 / 0.66291 = 0.18856,
        // Q with A 2, B 3, C 1, D 2: (4 - 3) / (4 + 3) = 1/7.
        assertCell(table, "amplification", "narrative", 2, 0.4, 1.875, 0.18856, 1.0 / 7);
        // repair -> narrative: n 1, p 1, e 3/8, z = 0.625 / sqrt(0.375 * 7/8 * 5/8) = 1.38013; Q (5 - 0) / 5 = 1.
        assertCell(table, "repair", "narrative", 1, 1.0, 0.375, 1.38013, 1.0);
        // staying-with-feeling -> self-state-shift: n 1, p 1/2, e 0.75, z = 0.25 / sqrt(0.75 * 3/4 * 5/8) = 0.42164;
        // Q with A 1, B 1, C 2, D 4: (4 - 2) / (4 + 2) = 1/3.
        assertCell(table, "staying-with-feeling", "self-state-shift", 1, 0.5, 0.75, 0.42164, 1.0 / 3);
        // amplification -> chronicle: n 1, p 1/5, e 1.25, z = -0.25 / sqrt(1.25 * 3/8 * 6/8) = -0.42164;
        // Q with A 1, B 4, C 1, D 2: (2 - 4) / (2 + 4) = -1/3.
        assertCell(table, "amplification", "chronicle", 1, 0.2, 1.25, -0.42164, -1.0 / 3);
        // A pair that never happens is there too, with count 0: e 2/8, z = -0.25 / sqrt(0.25 * 7/8 * 6/8) = -0.61721;
        // Q with A 0, B 1, C 2, D 5: (0 - 2) / (0 + 2) = -1.
        assertCell(table, "repair", "chronicle", 0, 0.0, 0.25, -0.61721, -1.0);

        String text = attune("sequences", project, "--coder", "anna", "--from-role", "therapist", "--to-role", "client").out();
        assertThat(text).startsWith("Lag-1 transitions from therapist turns to client turns, anna's codes: 8.\n")
                .contains("\nrepair                narrative             1             1.00      0.38   1.38  e<5      1.00\n");
    }

    /** Without --coder, one coder's codes: the coder who coded most here (anna, 11 codings, to ben's 2), not everyone pooled. */
    @Test
    void analysisCountsOneCoderByDefaultAndPoolsOnlyWhenAsked() {
        String[] sequence = {"sequences", project, "--from-role", "therapist", "--to-role", "client"};
        String byDefault = attune(sequence).out();
        assertThat(byDefault).startsWith("Lag-1 transitions from therapist turns to client turns, anna's codes (by default "
                + "the consensus coder, else who coded most; --coder NAME for another): 8.\n");
        String anna = attune("sequences", project, "--coder", "anna", "--from-role", "therapist", "--to-role", "client").out();
        assertThat(byDefault.substring(byDefault.indexOf('\n'))).isEqualTo(anna.substring(anna.indexOf('\n')));
        assertThat(json(attune("sequences", project, "--json").out()).get("coder").asString()).isEqualTo("anna");
        assertThat(json(attune("cooccur", project, "--json").out()).get("coder").asString()).isEqualTo("anna");
        assertThat(attune("cooccur", project).out()).startsWith("Codes on the same turn, anna's codes (by default");
        // Pooled only by name: ben's repair on turn 1 then follows into anna's narrative on turn 2, N = 10.
        Run pooled = attune("sequences", project, "--all-coders", "--from-role", "therapist", "--to-role", "client");
        assertThat(pooled.out()).startsWith("Lag-1 transitions from therapist turns to client turns, every coder's codes pooled: ");
        Run both = attune("sequences", project, "--all-coders", "--coder", "anna");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).contains("--coder and --all-coders exclude each other");
    }

    @Test
    void analysisCountsTheConsensusCoderByDefaultWhenThereIsOne() {
        assertThat(attune("consensus", project, "--coders", "anna,ben", "--into", "team").status()).isZero();
        assertThat(json(attune("sequences", project, "--json").out()).get("coder").asString()).isEqualTo("team");
        assertThat(attune("sequences", project).out()).startsWith("Lag-1 transitions from any turns to any turns, team's codes");
        assertThat(json(attune("cooccur", project, "--json").out()).get("coder").asString()).isEqualTo("team");
    }

    @Test
    void cellsExpectedUnderFiveAreFlaggedNotStarred() {
        JsonNode table = json(attune("sequences", project, "--coder", "anna", "--json").out());
        // N is 8 here, so no cell can expect 5: every one is flagged, none significant.
        assertThat(table.get("transitions")).isNotEmpty().allSatisfy(cell -> {
            assertThat(cell.get("low_expected").asBoolean()).isTrue();
            assertThat(cell.get("significant").asBoolean()).isFalse();
        });
        String text = attune("sequences", project, "--coder", "anna").out();
        assertThat(text).doesNotContain("*").contains(" e<5 ")
                .endsWith("\ne<5: expected count under 5, too few for z to be read as significant or not.\n");
    }

    private static void assertCell(JsonNode table, String given, String target, int count, double p, double expected,
                                   double z, double q) {
        for (JsonNode cell : table.get("transitions")) {
            if (cell.get("given").asString().equals(given) && cell.get("target").asString().equals(target)) {
                assertThat(cell.get("count").asInt()).isEqualTo(count);
                assertThat(cell.get("probability").asDouble()).isCloseTo(p, within(1e-9));
                assertThat(cell.get("expected").asDouble()).isCloseTo(expected, within(1e-9));
                assertThat(cell.get("adjusted_residual").asDouble()).isCloseTo(z, within(1e-5));
                assertThat(cell.get("yules_q").asDouble()).isCloseTo(q, within(1e-9));
                return;
            }
        }
        throw new AssertionError("no cell " + given + " -> " + target + " in " + table);
    }
}
