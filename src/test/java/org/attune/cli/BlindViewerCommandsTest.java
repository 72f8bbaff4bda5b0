package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.CommandLineTest.attune;
import static org.attune.cli.CommandLineTest.demo;
import static org.attune.cli.CommandLineTest.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attune.cli.CommandLineTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Every command that reads codings, run as a coder who works blind ({@code --as anna}, or the
 * command's own {@code --coder anna}), shows nothing of ben's work on the blind round's transcript,
 * where ben gave a code nobody else gave, with a memo; run as nobody in particular, it shows it.
 */
class BlindViewerCommandsTest {

    static final String BLIND = "d01-s01";
    static final String MEMO = "zebra crossing, ben's own note";

    @TempDir
    Path dir;

    private String project;

    @BeforeEach
    void blindRoundWhereBenCodedToo() throws Exception {
        project = demo(dir);
        assertThat(attune("round", "create", project, "blind", "--coders", "anna,ben", "--transcripts", BLIND).status()).isZero();
        assertThat(attune("codebook", "add", project, "pit-features", "Zebra mark", "--id", "zebra-mark").status()).isZero();
        Path bens = Files.writeString(dir.resolve("ben.csv"), "coder,transcript,turn,code,value,memo\nben," + BLIND
                + ",1,zebra-mark,,\"" + MEMO + "\"\n");
        Run imported = attune("codings", "import", project, bens.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
    }

    private static List<String> searchCoders(JsonNode result) {
        List<String> coders = new ArrayList<>();
        result.get("hits").forEach(h -> h.get("codings").forEach(c -> coders.add(c.get("coder").asString())));
        return coders;
    }

    @Test
    void searchAsTheBlindCoderShowsOnlyTheirCodingsOnTheBlindTranscript() {
        Run asAnna = attune("search", project, "transcript:" + BLIND, "--as", "anna", "--limit", "1000", "--json");
        assertThat(asAnna.status()).as(asAnna.err()).isZero();
        JsonNode result = json(asAnna.out());
        assertThat(searchCoders(result)).isNotEmpty().containsOnly("anna");
        assertThat(asAnna.out()).doesNotContain("zebra-mark");
        assertThat(result.get("facets").get("coder").propertyNames()).containsExactly("anna");

        Run asNobody = attune("search", project, "transcript:" + BLIND, "--limit", "1000", "--json");
        assertThat(searchCoders(json(asNobody.out()))).contains("anna", "ben");
        assertThat(asNobody.out()).contains("zebra-mark");

        // The command's own --coder is who is looking, too: ben's codings cannot be reached by the query.
        assertThat(json(attune("search", project, "coder:ben AND transcript:" + BLIND, "--coder", "anna", "--json").out())
                .get("total").asLong()).isZero();
        assertThat(json(attune("search", project, "code:zebra-mark", "--as", "anna", "--json").out()).get("total").asLong()).isZero();
        assertThat(json(attune("search", project, "code:zebra-mark", "--json").out()).get("total").asLong()).isEqualTo(1);
        // Outside the round, as before.
        assertThat(attune("search", project, "transcript:d01-s02", "--as", "anna", "--limit", "1000", "--json").out())
                .isEqualTo(attune("search", project, "transcript:d01-s02", "--limit", "1000", "--json").out());
    }

    @Test
    void theCodebooksCountsAsTheBlindCoderLeaveOutTheOthersCodingsThere() {
        assertThat(zebraCount(attune("codebook", "show", project, "--as", "anna", "--json"))).isZero();
        assertThat(zebraCount(attune("codebook", "show", project, "--json"))).isEqualTo(1);
        assertThat(zebraCount(attune("codebook", "show", project, "--as", "ben", "--json"))).isEqualTo(1);
    }

    private static long zebraCount(Run run) {
        assertThat(run.status()).as(run.err()).isZero();
        for (JsonNode group : json(run.out()).get("groups")) {
            for (JsonNode code : group.get("codes")) {
                if (code.get("id").asString().equals("zebra-mark")) {
                    return code.get("codings").asLong();
                }
            }
        }
        throw new AssertionError("no zebra-mark in " + run.out());
    }

    @Test
    void agreementAndConsensusAsTheBlindCoderAreRefusedAndChangeNothing() throws Exception {
        Run agreement = attune("agreement", project, "--coders", "anna,ben", "--as", "anna");
        assertThat(agreement.status()).isEqualTo(1);
        assertThat(agreement.err()).startsWith("attune: anna works blind on " + BLIND).contains("agreement").doesNotContain("Exception");
        assertThat(agreement.out()).isEmpty();
        for (String[] also : List.of(new String[] {"--disagreements"}, new String[] {"--unit", "span"},
                new String[] {"--out", dir.resolve("a.xlsx").toString()})) {
            List<String> args = new ArrayList<>(List.of("agreement", project, "--coders", "anna,ben", "--as", "anna"));
            args.addAll(List.of(also));
            Run run = attune(args.toArray(String[]::new));
            assertThat(run.status()).as(String.join(" ", also)).isEqualTo(1);
            assertThat(run.err()).as(String.join(" ", also)).contains("anna works blind on " + BLIND);
        }
        assertThat(dir.resolve("a.xlsx")).doesNotExist();
        assertThat(attune("agreement", project, "--coders", "anna,ben", "--as", "anna", "--transcripts", "d01-s02").status()).isZero();
        assertThat(attune("agreement", project, "--coders", "anna,ben").status()).isZero();

        Path qdpx = dir.resolve("all.qdpx");
        Run export = attune("export", project, "--out", qdpx.toString(), "--as", "anna");
        assertThat(export.status()).isEqualTo(1);
        assertThat(export.err()).startsWith("attune: anna works blind on " + BLIND);
        assertThat(qdpx).doesNotExist();

        Path before = dir.resolve("before.csv");
        assertThat(attune("codings", "export", project, "--out", before.toString()).status()).isZero();
        Run consensus = attune("consensus", project, "--coders", "anna,ben", "--into", "agreed", "--as", "anna");
        assertThat(consensus.status()).isEqualTo(1);
        assertThat(consensus.err()).startsWith("attune: anna works blind on " + BLIND).contains("consensus");
        Path after = dir.resolve("after.csv");
        assertThat(attune("codings", "export", project, "--out", after.toString()).status()).isZero();
        assertThat(Files.readString(after)).isEqualTo(Files.readString(before));
        assertThat(attune("coders", project).out()).doesNotContain("agreed");
    }

    private static long bensCodings(Run run) {
        assertThat(run.status()).as(run.err()).isZero();
        for (JsonNode coder : json(run.out())) {
            if (coder.get("coder").asString().equals("ben")) {
                return coder.get("codings").asLong();
            }
        }
        throw new AssertionError("no ben in " + run.out());
    }

    @Test
    void tablesAndTheCodingsExportAsTheBlindCoderLeaveOutTheOthersCodingsThere() throws Exception {
        assertThat(attune("cooccur", project, "--as", "anna", "--json").out()).doesNotContain("zebra-mark");
        assertThat(attune("cooccur", project, "--json").out()).contains("zebra-mark");

        long bensAsAnna = bensCodings(attune("coders", project, "--as", "anna", "--json"));
        long bens = bensCodings(attune("coders", project, "--json"));
        assertThat(bensAsAnna).isPositive().isLessThan(bens);
        JsonNode info = json(attune("info", project, "--as", "anna", "--json").out());
        JsonNode infoAll = json(attune("info", project, "--json").out());
        assertThat(infoAll.get("codings").asLong() - info.get("codings").asLong()).isEqualTo(bens - bensAsAnna);

        Path asAnna = dir.resolve("as-anna.csv");
        Run export = attune("codings", "export", project, "--as", "anna", "--out", asAnna.toString());
        assertThat(export.status()).as(export.err()).isZero();
        List<String> rows = Files.readAllLines(asAnna);
        assertThat(rows).noneMatch(r -> r.startsWith("ben," + BLIND + ",")).noneMatch(r -> r.contains(MEMO))
                .anyMatch(r -> r.startsWith("ben,d01-s02,")).anyMatch(r -> r.startsWith("anna," + BLIND + ","));
        Path all = dir.resolve("all.csv");
        assertThat(attune("codings", "export", project, "--out", all.toString()).status()).isZero();
        List<String> allRows = Files.readAllLines(all);
        assertThat(allRows).anyMatch(r -> r.contains(MEMO));
        // Exactly ben's rows of the blind transcript are left out.
        assertThat(allRows.stream().filter(r -> !r.startsWith("ben," + BLIND + ",")).toList()).isEqualTo(rows);
    }
}
