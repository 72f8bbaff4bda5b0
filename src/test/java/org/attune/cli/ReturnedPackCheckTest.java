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
        assertThat(attune("pack", project, "--coder", coder, "--out", pack.toString()).status()).isZero();
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
}
