package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.CommandLineTest.attune;
import static org.attune.cli.CommandLineTest.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.attune.cli.CommandLineTest.Run;
import org.attune.ui.ProjectFileDump;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** A returned pack is checked like any other input: a hand-edited pack is refused whole, and the project stays as it was. */
class ReturnedPackCheckTest {

    @TempDir
    Path dir;
    String project;

    @BeforeEach
    void roundAndPack() {
        project = demo(dir);
        assertThat(attune("round", "create", project, "r", "--coders", "anna,dora", "--dyads", "d01").status()).isZero();
    }

    Path packCodedBy(String name, String coder, String rows) throws Exception {
        Path pack = dir.resolve(name + ".attune");
        assertThat(attune("pack", project, "--coder", coder, "--round", "r", "--out", pack.toString()).status()).isZero();
        Path csv = Files.writeString(dir.resolve(name + ".csv"), "coder,transcript,turn,code,value\n" + rows);
        Run coded = attune("codings", "import", pack.toString(), csv.toString());
        assertThat(coded.status()).as(coded.err()).isZero();
        return pack;
    }

    static void sql(Path file, String... statements) throws Exception {
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    void refusedAndUnchanged(Path pack, String... expected) {
        var before = ProjectFileDump.of(Path.of(project));
        Run merge = attune("merge", project, pack.toString());
        assertThat(merge.status()).as(merge.out()).isEqualTo(1);
        assertThat(merge.err()).contains("nothing merged").contains(expected);
        assertThat(ProjectFileDump.of(Path.of(project))).isEqualTo(before);
        Run export = attune("codings", "export", project, "--out", dir.resolve("after.csv").toString());
        assertThat(export.status()).as(export.err()).isZero();
    }

    @Test
    void aCodingPastTheLastTurnIsRefused() throws Exception {
        Path pack = packCodedBy("dora", "dora", "dora,d01-s01,2,narrative,\n");
        sql(pack, "UPDATE codings SET start_turn = 9000, end_turn = 9000");
        refusedAndUnchanged(pack, "dora.attune: dora's coding of narrative in d01-s01 turn 9000", "has turns 1 to ");
    }

    @Test
    void aSpanPastTheTurnsTextIsRefused() throws Exception {
        Path pack = packCodedBy("dora", "dora", "dora,d01-s01,2,narrative,\n");
        sql(pack, "UPDATE codings SET end_offset = 100000");
        refusedAndUnchanged(pack, "characters long: a span cannot end at 100000");
    }

    @Test
    void aFlagWithAValueIsRefused() throws Exception {
        Path pack = packCodedBy("dora", "dora", "dora,d01-s01,2,narrative,\n");
        sql(pack, "UPDATE codings SET value = 3");
        refusedAndUnchanged(pack, "code 'narrative' is a flag and takes no value");
    }

    @Test
    void aCodeOnATurnOfTheWrongRoleIsRefused() throws Exception {
        // Turn 2 of d01-s01 is the client's; 'statement' is a therapist's code... whichever it is, swap to the other role's turn.
        Path pack = packCodedBy("dora", "dora", "dora,d01-s01,2,narrative,\n");
        sql(pack, "UPDATE codings SET start_turn = 1, end_turn = 1, end_offset = 1");
        refusedAndUnchanged(pack, "code 'narrative' is for");
    }

    @Test
    void twoCodesOfAnExclusiveGroupOnOneTurnAreRefused() throws Exception {
        Path pack = packCodedBy("dora", "dora", "dora,d01-s01,2,narrative,\n");
        sql(pack, "INSERT INTO codings (coder_id, transcript_id, code_id, start_turn, start_offset, end_turn, end_offset, value,"
                + " memo, created_at, updated_at) SELECT coder_id, transcript_id, 'chronicle', start_turn, start_offset, end_turn,"
                + " end_offset, value, memo, created_at, updated_at FROM codings");
        refusedAndUnchanged(pack, "'chronicle'", "'narrative'", "on turn 2 of d01-s01, and group 'client-form' is exclusive");
    }

    @Test
    void aPackWhoseTextWasEditedIsNotTakenForTheProjectsTranscript() throws Exception {
        // The stored hash still says d01-s01; the turns say otherwise, and the turns are what count.
        Path pack = packCodedBy("dora", "dora", "dora,d01-s01,2,narrative,\n");
        sql(pack, "UPDATE turns SET text = text || ' and more' WHERE number = 2");
        refusedAndUnchanged(pack, "transcript d01-s01 is not in demo.attune");
    }

    @Test
    void aPackForAnnaRelabelledAsDorasIsRefused() throws Exception {
        Path pack = packCodedBy("anna", "anna", "anna,d01-s01,4,narrative,\n");
        sql(pack, "UPDATE project_info SET value = 'dora' WHERE key = 'pack.coder'");
        refusedAndUnchanged(pack, "anna.attune says it is dora's pack, but its round r is for anna");
    }

    @Test
    void aPackRelabelledToAnotherRoundIsRefused() throws Exception {
        assertThat(attune("round", "create", project, "r2", "--coders", "anna,dora", "--dyads", "d02").status()).isZero();
        Path pack = packCodedBy("dora", "dora", "dora,d01-s01,2,narrative,\n");
        sql(pack, "UPDATE project_info SET value = 'r2' WHERE key = 'pack.round'");
        refusedAndUnchanged(pack, "says it is dora's pack of round r2, but it holds the round r");
        // Relabelling the round itself as well does not make its transcripts those of r2.
        sql(pack, "UPDATE rounds SET name = 'r2'");
        refusedAndUnchanged(pack, "says it is dora's pack of round r2, but holds d01-s01, which is not in that round");
    }

    @Test
    void anOpenPackForAnnaRelabelledAsDorasIsRefused() throws Exception {
        assertThat(attune("round", "create", project, "o", "--coders", "anna,dora", "--dyads", "d01", "--open").status()).isZero();
        Path pack = dir.resolve("anna.attune");
        assertThat(attune("pack", project, "--coder", "anna", "--round", "o", "--out", pack.toString()).status()).isZero();
        // anna changes one of her codings in her pack, then the pack is relabelled as dora's.
        sql(pack, "UPDATE codings SET memo = 'changed', updated_at = '2030-01-01T00:00:00Z' WHERE id = (SELECT MIN(id) FROM codings)");
        sql(pack, "UPDATE project_info SET value = 'dora' WHERE key = 'pack.coder'");
        refusedAndUnchanged(pack, "anna.attune says it is dora's pack, but anna's coding of");
    }

    @Test
    void aChangeFromTheFutureDoesNotWinOverTheProjects() throws Exception {
        Path setup = Files.writeString(dir.resolve("project.csv"), "coder,transcript,turn,code,value\ndora,d01-s01,2,experiencing-level,4\n");
        assertThat(attune("codings", "import", project, setup.toString()).status()).isZero();
        Path pack = packCodedBy("dora", "dora", "dora,d01-s01,4,narrative,\n");
        sql(pack, "UPDATE codings SET value = 5, updated_at = '2999-01-01T00:00:00Z' WHERE code_id = 'experiencing-level'",
                "UPDATE codings SET created_at = '2999-01-01T00:00:00Z', updated_at = '2999-01-01T00:00:00Z' WHERE code_id = 'narrative'");
        Run merge = attune("merge", project, pack.toString());
        assertThat(merge.status()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("1 codings added, 0 updated, 1 already there")
                .contains("1 coding was not taken:")
                .contains("dora.attune: dora's coding of experiencing-level in d01-s01 turn 2 was changed at 2999-01-01T00:00:00Z, "
                        + "which is later than now");
        Run export = attune("codings", "export", project, "--coder", "dora", "--out", dir.resolve("dora.csv").toString());
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(Files.readString(dir.resolve("dora.csv"))).contains("dora,d01-s01,2,experiencing-level,4").contains("narrative");
        // The coding that came in new keeps no time from the future, which would win over every later change.
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + Path.of(project).toAbsolutePath());
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM codings WHERE updated_at > '2100' OR created_at > '2100'")) {
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void anOpenPacksOtherCodersCodingsAreListedAsNotTaken() throws Exception {
        assertThat(attune("round", "create", project, "o", "--coders", "anna,dora", "--dyads", "d01", "--open").status()).isZero();
        Path pack = dir.resolve("dora.attune");
        assertThat(attune("pack", project, "--coder", "dora", "--round", "o", "--out", pack.toString()).status()).isZero();
        Path csv = Files.writeString(dir.resolve("dora.csv"), "coder,transcript,turn,code,value\ndora,d01-s01,4,narrative,\n");
        assertThat(attune("codings", "import", pack.toString(), csv.toString()).status()).isZero();
        var before = ProjectFileDump.of(Path.of(project));
        Run merge = attune("merge", project, pack.toString());
        assertThat(merge.status()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("1 codings added").containsPattern("\\d+ codings were not taken:")
                .contains("dora.attune: anna's coding of").contains("is not taken: the pack is dora's, and brings back only dora's codings")
                .contains("more like these");
        // Exactly the one coding came in: only the codings table differs, by one row of dora's.
        var after = ProjectFileDump.of(Path.of(project));
        assertThat(after.get("codings")).hasSize(before.get("codings").size() + 1).containsAll(before.get("codings"));
    }

    @Test
    void aLaterCodeOfAnExclusiveGroupReplacesTheProjectsAndSaysSo() throws Exception {
        Path setup = Files.writeString(dir.resolve("project.csv"), "coder,transcript,turn,code,value\ndora,d01-s01,6,chronicle,\n");
        assertThat(attune("codings", "import", project, setup.toString()).status()).isZero();
        Path pack = packCodedBy("dora", "dora", "dora,d01-s01,6,narrative,\n");
        Run merge = attune("merge", project, pack.toString());
        assertThat(merge.status()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("1 codings added").contains("Replaced dora's chronicle in d01-s01 turn 6");
        Run export = attune("codings", "export", project, "--coder", "dora", "--out", dir.resolve("dora.csv").toString());
        assertThat(export.status()).isZero();
        assertThat(Files.readString(dir.resolve("dora.csv"))).contains("narrative").doesNotContain("chronicle");
    }

    @Test
    void anOlderCodeOfAnExclusiveGroupDoesNotReplaceTheProjectsLaterOne() throws Exception {
        Path setup = Files.writeString(dir.resolve("project.csv"), "coder,transcript,turn,code,value\ndora,d01-s01,6,chronicle,\n");
        assertThat(attune("codings", "import", project, setup.toString()).status()).isZero();
        Path pack = packCodedBy("dora", "dora", "dora,d01-s01,6,narrative,\n");
        // dora then changes her chronicle in the project itself: that change is the later one.
        Thread.sleep(5);
        Path later = Files.writeString(dir.resolve("later.csv"), "coder,transcript,turn,code,value,memo\ndora,d01-s01,6,chronicle,,sure\n");
        assertThat(attune("codings", "import", project, later.toString()).status()).isZero();
        var before = ProjectFileDump.of(Path.of(project));
        Run merge = attune("merge", project, pack.toString());
        assertThat(merge.status()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("0 codings added").contains("1 coding was not taken:")
                .contains("dora's coding of narrative in d01-s01 turn 6 was changed at")
                .contains("and the project has dora's 'chronicle' of the same exclusive group on turn 6, changed later");
        assertThat(ProjectFileDump.of(Path.of(project))).isEqualTo(before);
    }

    @Test
    void aQdpxPackRelabelledForACoderOfNoRoundOfItsTranscriptsIsRefused() throws Exception {
        assertThat(attune("round", "create", project, "r2", "--coders", "ben", "--dyads", "d02").status()).isZero();
        Path pack = dir.resolve("dora.qdpx");
        assertThat(attune("pack", project, "--coder", "dora", "--round", "r", "--out", pack.toString()).status()).isZero();
        // ben is a coder, but of no round that holds d01's sessions: a pack of them cannot be his.
        Path edited = dir.resolve("edited.qdpx");
        try (var in = new java.util.zip.ZipFile(pack.toFile());
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(edited))) {
            for (var entry : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("project.qde")) {
                    String qde = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    assertThat(qde).contains("Attune pack for coder: dora");
                    bytes = qde.replace("Attune pack for coder: dora", "Attune pack for coder: ben")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        refusedAndUnchanged(edited, "edited.qdpx says it is ben's pack, and ben is a coder of no round of demo.attune that holds "
                + "its transcripts");
    }
}
