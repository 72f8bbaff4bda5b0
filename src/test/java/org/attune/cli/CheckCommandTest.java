package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.CommandLineTest.attune;
import static org.attune.cli.CommandLineTest.demo;
import static org.attune.cli.ReturnedPackCheckTest.sql;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attune.cli.CommandLineTest.Run;
import org.attune.ui.ProjectFileDump;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attune check PROJECT [--repair]}: a project damaged by an unchecked merge is found out, and mended exactly. */
class CheckCommandTest {

    @TempDir
    Path dir;
    Path project;
    Map<String, List<String>> sound;

    @BeforeEach
    void demoProject() {
        project = Path.of(demo(dir));
        assertThat(attune("round", "create", project.toString(), "r", "--coders", "anna,dora", "--dyads", "d01").status()).isZero();
        sound = ProjectFileDump.of(project);
    }

    /** What a hand-edited pack could bring in before merge checked it: dora's codings, each breaking one rule. */
    void damage() throws Exception {
        String row = "INSERT INTO codings (coder_id, transcript_id, code_id, start_turn, start_offset, end_turn, end_offset, value,"
                + " memo, created_at, updated_at) SELECT (SELECT id FROM coders WHERE name = 'dora'), id, ";
        String from = " FROM transcripts WHERE name = 'd01-s01'";
        sql(project,
                row + "'narrative', 9000, 0, 9000, 1, NULL, NULL, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'" + from,
                row + "'narrative', 2, 0, 2, 100000, NULL, NULL, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'" + from,
                row + "'narrative', 4, 0, 4, 1, 3, NULL, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'" + from,
                row + "'narrative', 6, 0, 6, 1, NULL, NULL, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'" + from,
                row + "'chronicle', 6, 0, 6, 1, NULL, NULL, '2025-01-01T00:00:00Z', '2025-02-01T00:00:00Z'" + from,
                // And one that keeps every rule, which the repair must leave.
                row + "'narrative', 8, 0, 8, 1, NULL, NULL, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'" + from);
    }

    @Test
    void aSoundProjectPassesAndARepairWritesNothing() {
        Run check = attune("check", project.toString());
        assertThat(check.status()).as(check.err()).isZero();
        assertThat(check.out()).isEqualTo("Every coding keeps the rules.\n");
        Run repair = attune("check", project.toString(), "--repair");
        assertThat(repair.status()).as(repair.err()).isZero();
        assertThat(repair.out()).contains("nothing removed");
        assertThat(ProjectFileDump.of(project)).isEqualTo(sound);
    }

    @Test
    void everyBrokenCodingIsListedAndTheCheckWritesNothing() throws Exception {
        damage();
        Map<String, List<String>> damaged = ProjectFileDump.of(project);
        Run check = attune("check", project.toString());
        assertThat(check.status()).isEqualTo(1);
        assertThat(check.out().lines().toList()).hasSize(4);
        assertThat(check.out()).contains("dora's narrative in d01-s01 turn 9000 (0 to 1): d01-s01 has turns 1 to ")
                .contains("dora's narrative in d01-s01 turn 2 (0 to 100000): turn 2 of d01-s01 is ")
                .contains("dora's narrative 3 in d01-s01 turn 4 (0 to 1): code 'narrative' is a flag and takes no value")
                .contains("dora's narrative in d01-s01 turn 6 (0 to 1): group 'client-form' is exclusive, and dora also has "
                        + "'chronicle' on turn 6 of d01-s01")
                .doesNotContain("turn 8");
        assertThat(check.err()).contains("4 codings break the rules");
        assertThat(ProjectFileDump.of(project)).isEqualTo(damaged);
    }

    @Test
    void theRepairRemovesExactlyTheBrokenCodings() throws Exception {
        damage();
        Map<String, List<String>> damaged = ProjectFileDump.of(project);
        Run repair = attune("check", project.toString(), "--repair");
        assertThat(repair.status()).as(repair.err()).isZero();
        assertThat(repair.out()).startsWith("Removed 4 codings that broke the rules:\n").contains("turn 9000");
        Map<String, List<String>> repaired = ProjectFileDump.of(project);
        // The codings are the damaged project's less exactly the four: the sound ones, anna's and dora's turn 6 chronicle and turn 8.
        List<String> left = damaged.get("codings").stream().filter(r -> !repaired.get("codings").contains(r)).toList();
        assertThat(left).hasSize(4);
        assertThat(repaired.get("codings")).containsAll(sound.get("codings")).hasSize(sound.get("codings").size() + 2);
        // Nothing but the codings (and the project's own record of its changes) differs.
        for (String table : damaged.keySet()) {
            if (!table.equals("codings") && !table.equals("project_info")) {
                assertThat(repaired.get(table)).as(table).isEqualTo(damaged.get(table));
            }
        }
        Run again = attune("check", project.toString());
        assertThat(again.status()).as(again.out()).isZero();
        assertThat(attune("codings", "export", project.toString(), "--out", dir.resolve("all.csv").toString()).status()).isZero();
    }

    @Test
    void aREFIQDAProjectWithTwoCodesOfAnExclusiveGroupOnATurnKeepsTheLaterOne() throws Exception {
        String row = "INSERT INTO codings (coder_id, transcript_id, code_id, start_turn, start_offset, end_turn, end_offset, value,"
                + " memo, created_at, updated_at) SELECT (SELECT id FROM coders WHERE name = 'dora'), id, ";
        String from = " FROM transcripts WHERE name = 'd01-s01'";
        sql(project,
                row + "'narrative', 6, 0, 6, 1, NULL, NULL, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'" + from,
                row + "'chronicle', 6, 0, 6, 1, NULL, NULL, '2025-01-01T00:00:00Z', '2025-02-01T00:00:00Z'" + from);
        Path qdpx = dir.resolve("out.qdpx");
        Run export = attune("export", project.toString(), "--out", qdpx.toString());
        assertThat(export.status()).as(export.err()).isZero();
        Path made = dir.resolve("made.attune");
        Run imported = attune("import-project", qdpx.toString(), "--out", made.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("1 coding left out: another code of the same exclusive group on the same turn by the "
                + "same user, changed later, was kept");
        Run check = attune("check", made.toString());
        assertThat(check.status()).as(check.out()).isZero();
        Path csv = dir.resolve("dora.csv");
        assertThat(attune("codings", "export", made.toString(), "--coder", "dora", "--out", csv.toString()).status()).isZero();
        assertThat(java.nio.file.Files.readString(csv)).contains("chronicle").doesNotContain("narrative");
        // Merged back into the project it came from, the .qdpx says the same of what it did not take.
        Run merge = attune("merge", project.toString(), qdpx.toString());
        assertThat(merge.status()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("1 coding was not taken:").contains("out.qdpx: 1 coding left out: another code of the "
                + "same exclusive group on the same turn by the same user, changed later, was kept");
    }
}
