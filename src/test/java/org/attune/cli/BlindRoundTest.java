package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.CommandLineTest.attune;
import static org.attune.cli.CommandLineTest.demo;
import static org.attune.cli.CommandLineTest.json;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.cli.CommandLineTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A lead's blind round end to end: two new coders, a pack each, each pack coded by a different
 * routine (one codes every client turn narrative, the other alternates narrative and chronicle),
 * both merged back, and agreement computed on what came back, checked against the routines.
 */
class BlindRoundTest {

    @TempDir
    Path dir;


    @Test
    void blindRoundPackCodeMergeAndAgree() throws Exception {
        String project = demo(dir);
        assertThat(attune("round", "create", project, "blind", "--coders", "eve,finn", "--transcripts", "d01-s01").status()).isZero();
        Path eve = dir.resolve("eve.attune");
        Path finn = dir.resolve("finn.attune");
        assertThat(attune("pack", project, "--coder", "eve", "--out", eve.toString()).status()).isZero();
        assertThat(attune("pack", project, "--coder", "finn", "--out", finn.toString()).status()).isZero();

        // Each coder codes the client turns of their pack, by a routine of their own.
        JsonNode turns = json(attune("show", eve.toString(), "d01-s01", "--json").out()).get("turns");
        StringBuilder eveRows = new StringBuilder("coder,transcript,turn,code\n");
        StringBuilder finnRows = new StringBuilder("coder,transcript,turn,code\n");
        int clientTurns = 0;
        int same = 0;
        for (JsonNode turn : turns) {
            if (!turn.get("role").asString().equals("client")) {
                continue;
            }
            int n = turn.get("turn").asInt();
            eveRows.append("eve,d01-s01,").append(n).append(",narrative\n");
            String finnCode = clientTurns % 2 == 0 ? "narrative" : "chronicle";
            finnRows.append("finn,d01-s01,").append(n).append(',').append(finnCode).append('\n');
            same += finnCode.equals("narrative") ? 1 : 0;
            clientTurns++;
        }
        assertThat(attune("codings", "import", eve.toString(), Files.writeString(dir.resolve("eve.csv"), eveRows).toString())
                .status()).isZero();
        assertThat(attune("codings", "import", finn.toString(), Files.writeString(dir.resolve("finn.csv"), finnRows).toString())
                .status()).isZero();
        // Blind: neither pack holds the other's codings.
        assertThat(attune("coders", finn.toString()).out()).doesNotContain("eve");

        Run merge = attune("merge", project, eve.toString(), finn.toString());
        assertThat(merge.status()).as(merge.err()).isZero();
        assertThat(merge.out()).contains((2 * clientTurns) + " codings added");

        JsonNode report = json(attune("agreement", project, "--coders", "eve,finn", "--codes", "client-form", "--json").out());
        JsonNode form = report.get("groups").get(0);
        assertThat(form.get("n_units").asInt()).isEqualTo(clientTurns);
        assertThat(form.get("percent_agreement").asDouble()).isEqualTo((double) same / clientTurns);
        // Eve never varies, so kappa has nothing to correct for but her constant choice: exactly 0.
        assertThat(form.get("cohen_kappa").asDouble()).isZero();
        JsonNode round = json(attune("round", "show", project, "blind", "--json").out()).get(0).get("progress");
        assertThat(round.get("eve").get("d01-s01").asString()).isEqualTo("started");
        assertThat(round.get("finn").get("d01-s01").asString()).isEqualTo("started");
    }
}
