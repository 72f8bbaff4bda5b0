package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.CommandLineTest.attune;
import static org.attune.cli.CommandLineTest.demo;
import static org.attune.cli.CommandLineTest.json;

import java.nio.file.Path;
import org.attune.cli.CommandLineTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code attune round create|show} on the demo project. */
class RoundCommandsTest {

    @TempDir
    Path dir;
    String project;


    @BeforeEach
    void buildDemo() {
        project = demo(dir);
    }

    @Test
    void aRoundShowsEachCodersProgress() {
        Run create = attune("round", "create", project, "reliability", "--coders", "anna,Ben,dora", "--dyads", "d01",
                "--transcripts", "d02-s01");
        assertThat(create.status()).as(create.err()).isZero();
        assertThat(create.out()).contains("Round reliability (blind): anna, ben, dora on 4 transcripts.");
        assertThat(attune("done", project, "--coder", "anna", "d01-s01").status()).isZero();
        assertThat(attune("round", "create", project, "pilot", "--coders", "carla,anna", "--transcripts", "d01-s01", "--open")
                .status()).isZero();

        JsonNode rounds = json(attune("round", "show", project, "--json").out());
        assertThat(rounds.size()).isEqualTo(2);
        JsonNode reliability = rounds.get(0);
        assertThat(reliability.get("name").asString()).isEqualTo("reliability");
        assertThat(reliability.get("blind").asBoolean()).isTrue();
        assertThat(reliability.get("transcripts").valueStream().map(JsonNode::asString).toList())
                .containsExactly("d01-s01", "d01-s02", "d01-s03", "d02-s01");
        JsonNode progress = reliability.get("progress");
        assertThat(progress.get("anna").get("d01-s01").asString()).isEqualTo("done");
        assertThat(progress.get("anna").get("d01-s02").asString()).isEqualTo("started");
        assertThat(progress.get("ben").get("d01-s01").asString()).isEqualTo("started");
        assertThat(progress.get("dora").get("d02-s01").asString()).isEqualTo("not started");
        assertThat(rounds.get(1).get("blind").asBoolean()).isFalse();
        // carla coded d01-s02 and d02-s02 only (samples/codings/carla.csv).
        assertThat(rounds.get(1).get("progress").get("carla").get("d01-s01").asString()).isEqualTo("not started");

        Run one = attune("round", "show", project, "pilot");
        assertThat(one.status()).isZero();
        assertThat(one.out()).contains("Round pilot (open), 1 transcripts:").doesNotContain("reliability");
        // A coder named for a round exists from then on, with no codings.
        assertThat(attune("coders", project).out()).contains("dora");
    }

    @Test
    void badRoundsAreRefused() {
        assertThat(attune("round", "create", project, "r1", "--coders", "anna,ben", "--dyads", "d01").status()).isZero();
        Run twice = attune("round", "create", project, "R1", "--coders", "anna,ben", "--dyads", "d02");
        assertThat(twice.status()).isEqualTo(1);
        assertThat(twice.err()).contains("there is a round named 'R1' already");
        Run transcript = attune("round", "create", project, "r2", "--coders", "anna", "--transcripts", "d09-s01");
        assertThat(transcript.err()).contains("no transcript named 'd09-s01'");
        Run dyad = attune("round", "create", project, "r2", "--coders", "anna", "--dyads", "d09");
        assertThat(dyad.err()).contains("no dyad 'd09'");
        Run none = attune("round", "create", project, "r2", "--coders", "anna");
        assertThat(none.err()).contains("a round needs its transcripts");
        Run unknown = attune("round", "show", project, "r9");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("no round named 'r9'; the rounds are r1");
    }
}
