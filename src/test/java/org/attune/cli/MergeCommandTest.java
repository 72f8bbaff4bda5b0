package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.CommandLineTest.attune;
import static org.attune.cli.CommandLineTest.demo;
import static org.attune.cli.CommandLineTest.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.cli.CommandLineTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code attune merge}: a coder's pack coded elsewhere and brought back, once or twice, or refused whole. */
class MergeCommandTest {

    @TempDir
    Path dir;
    String project;


    @BeforeEach
    void roundAndPack() {
        project = demo(dir);
        assertThat(attune("round", "create", project, "r", "--coders", "anna,dora", "--dyads", "d01").status()).isZero();
    }

    Path packCodedBy(String name, String rows) throws Exception {
        Path pack = dir.resolve(name + ".attune");
        assertThat(attune("pack", project, "--coder", "dora", "--out", pack.toString()).status()).isZero();
        Path csv = Files.writeString(dir.resolve(name + ".csv"), "coder,transcript,turn,code,value\n" + rows);
        Run coded = attune("codings", "import", pack.toString(), csv.toString());
        assertThat(coded.status()).as(coded.err()).isZero();
        return pack;
    }

    long codings(String file, String coder) {
        return json(attune("coders", file, "--json").out()).valueStream().filter(c -> c.get("coder").asString().equals(coder))
                .mapToLong(c -> c.get("codings").asLong()).findFirst().orElse(0);
    }

    @Test
    void aPackComesBackOnceHoweverOftenItIsMerged() throws Exception {
        Path pack = packCodedBy("dora", "dora,d01-s01,2,narrative,\ndora,d01-s01,2,experiencing-level,4\n"
                + "dora,d01-s02,2,statement,\n");
        Run merge = attune("merge", project, pack.toString());
        assertThat(merge.status()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("3 codings added, 0 updated, 0 already there");
        assertThat(codings(project, "dora")).isEqualTo(3);
        Run again = attune("merge", project, pack.toString());
        assertThat(again.out()).contains("0 codings added, 0 updated, 3 already there");
        assertThat(codings(project, "dora")).isEqualTo(3);
        // anna's codings, which a blind pack for dora never held, are untouched.
        assertThat(codings(project, "anna")).isEqualTo(2254);
        // The merged work counts for agreement straight away.
        JsonNode agreement = json(attune("agreement", project, "--coders", "anna,dora", "--json").out());
        assertThat(agreement.get("transcripts").size()).isEqualTo(2);
    }

    @Test
    void twoPacksThatDisagreeChangeNothing() throws Exception {
        Path first = packCodedBy("dora1", "dora,d01-s01,2,experiencing-level,4\n");
        Path second = packCodedBy("dora2", "dora,d01-s01,2,experiencing-level,5\n");
        Run merge = attune("merge", project, first.toString(), second.toString());
        assertThat(merge.status()).isEqualTo(1);
        assertThat(merge.err()).contains("nothing merged").contains("dora2.attune and dora1.attune give dora's experiencing-level in "
                + "d01-s01 turn 2 differently");
        assertThat(codings(project, "dora")).isZero();
    }

    @Test
    void aCodeTheProjectNoLongerHasRefusesTheMerge() throws Exception {
        Path pack = packCodedBy("dora", "dora,d01-s01,1,metaphor,\n");
        assertThat(attune("codebook", "delete", project, "metaphor", "--force").status()).isZero();
        Run merge = attune("merge", project, pack.toString());
        assertThat(merge.status()).isEqualTo(1);
        assertThat(merge.err()).contains("uses code 'metaphor', which the project's codebook does not have");
        assertThat(codings(project, "dora")).isZero();
    }

    @Test
    void aFileOfOtherTranscriptsIsRefused() throws Exception {
        String other = dir.resolve("other.attune").toString();
        Path session = Files.writeString(dir.resolve("x01-s01.txt"), "Therapist: Hello.\nClient: Something else entirely.\n");
        assertThat(attune("init", other).status()).isZero();
        assertThat(attune("import", other, session.toString()).status()).isZero();
        Run merge = attune("merge", project, other, dir.resolve("missing.attune").toString());
        assertThat(merge.status()).isEqualTo(1);
        assertThat(merge.err()).contains("transcript x01-s01 is not in demo.attune").contains("missing.attune: no such file");
        assertThat(List.of(codings(project, "anna"))).containsExactly(2254L);
    }
}
