package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.CommandLineTest.attune;
import static org.attune.cli.CommandLineTest.demo;
import static org.attune.cli.CommandLineTest.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.attune.cli.CommandLineTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code attune pack}: a project for one coder of a round, blind or open. */
class PackCommandTest {

    @TempDir
    Path dir;
    String project;


    @BeforeEach
    void buildDemo() {
        project = demo(dir);
    }

    /** coder to codings on the given transcripts, read from the project file. */
    static Map<String, Integer> codingsByCoder(Path file, String... transcripts) throws Exception {
        Map<String, Integer> out = new HashMap<>();
        String in = String.join(",", java.util.Arrays.stream(transcripts).map(t -> "'" + t + "'").toList());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("SELECT k.name, count(*) FROM codings x JOIN coders k ON k.id = "
                     + "x.coder_id JOIN transcripts t ON t.id = x.transcript_id WHERE t.name IN (" + in + ") GROUP BY k.name")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }

    @Test
    void aBlindPackHoldsTheRoundAndOnlyItsCodersOwnCodings() throws Exception {
        assertThat(attune("round", "create", project, "reliability", "--coders", "anna,ben", "--dyads", "d01").status()).isZero();
        assertThat(attune("done", project, "--coder", "anna", "d01-s02").status()).isZero();
        Path pack = dir.resolve("anna.attune");
        Run run = attune("pack", project, "--coder", "anna", "--out", pack.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("theirs only: the round is blind");

        JsonNode info = json(attune("info", pack.toString(), "--json").out());
        assertThat(info.get("transcripts").asInt()).isEqualTo(3);
        assertThat(info.get("codebook").get("codes").asInt()).isEqualTo(42);
        Map<String, Integer> source = codingsByCoder(Path.of(project), "d01-s01", "d01-s02", "d01-s03");
        assertThat(codingsByCoder(pack, "d01-s01", "d01-s02", "d01-s03")).isEqualTo(Map.of("anna", source.get("anna")));
        JsonNode rounds = json(attune("round", "show", pack.toString(), "--json").out());
        assertThat(rounds.get(0).get("coders").valueStream().map(JsonNode::asString).toList()).containsExactly("anna");
        assertThat(rounds.get(0).get("progress").get("anna").get("d01-s02").asString()).isEqualTo("done");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + pack);
             ResultSet rs = c.createStatement().executeQuery("SELECT value FROM project_info WHERE key = 'pack.coder'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("anna");
        }
    }

    @Test
    void anOpenPackHoldsEveryRoundCodersCodings() throws Exception {
        assertThat(attune("round", "create", project, "open", "--coders", "anna,ben", "--transcripts", "d02-s02", "--open")
                .status()).isZero();
        Path pack = dir.resolve("ben.attune");
        assertThat(attune("pack", project, "--coder", "ben", "--out", pack.toString()).status()).isZero();
        Map<String, Integer> source = codingsByCoder(Path.of(project), "d02-s02");
        // carla coded d02-s02 too, but is not in the round.
        assertThat(source).containsKey("carla");
        assertThat(codingsByCoder(pack, "d02-s02")).isEqualTo(Map.of("anna", source.get("anna"), "ben", source.get("ben")));
    }

    @Test
    void packsAreRefusedClearlyAndLeaveNothingBehind() throws Exception {
        Run noRound = attune("pack", project, "--coder", "anna", "--out", dir.resolve("a.attune").toString());
        assertThat(noRound.status()).isEqualTo(1);
        assertThat(noRound.err()).contains("anna is in no round");
        assertThat(attune("round", "create", project, "r", "--coders", "anna", "--dyads", "d01").status()).isZero();
        Run notInRound = attune("pack", project, "--coder", "ben", "--round", "r", "--out", dir.resolve("b.attune").toString());
        assertThat(notInRound.err()).contains("ben is not a coder of round r");
        Path existing = Files.writeString(dir.resolve("exists.attune"), "x");
        Run exists = attune("pack", project, "--coder", "anna", "--out", existing.toString());
        assertThat(exists.err()).contains("already exists");
        assertThat(Files.readString(existing)).isEqualTo("x");
        assertThat(dir.resolve("a.attune")).doesNotExist();
        assertThat(dir.resolve("b.attune")).doesNotExist();
    }
}
