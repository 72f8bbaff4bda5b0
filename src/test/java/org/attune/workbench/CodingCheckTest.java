package org.attune.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.attune.model.Coding;
import org.attune.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** {@link Workbench#check()} and {@link Workbench#repair()}: the codings that break the rules, as typed values, and only those removed. */
class CodingCheckTest {

    @TempDir
    Path dir;

    @Test
    void checkNamesTheBrokenCodingAndRepairRemovesOnlyIt() throws Exception {
        Path project = dir.resolve("demo.attune");
        List<Coding> sound;
        try (Workbench workbench = DemoProject.build(project, Progress.NONE).workbench()) {
            assertThat(workbench.check()).isEmpty();
            sound = workbench.codings("d01-s01");
        }
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + project.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO codings (coder_id, transcript_id, code_id, start_turn, start_offset, end_turn, end_offset,"
                    + " value, memo, created_at, updated_at) SELECT (SELECT id FROM coders WHERE name = 'anna'), id, 'narrative',"
                    + " 9000, 0, 9000, 1, NULL, NULL, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z' FROM transcripts"
                    + " WHERE name = 'd01-s01'");
        }
        try (Workbench workbench = Workbench.open(project)) {
            List<CodingProblem> problems = workbench.check();
            assertThat(problems).hasSize(1);
            Coding broken = problems.getFirst().coding();
            assertThat(broken.coder()).isEqualTo("anna");
            assertThat(broken.transcript()).isEqualTo("d01-s01");
            assertThat(broken.span()).isEqualTo(new Span(9000, 0, 9000, 1));
            assertThat(problems.getFirst().reason()).startsWith("d01-s01 has turns 1 to ").endsWith(", not 9000");
            assertThat(workbench.repair()).isEqualTo(problems);
            assertThat(workbench.check()).isEmpty();
            assertThat(workbench.codings("d01-s01")).containsExactlyInAnyOrderElementsOf(sound);
            assertThat(workbench.repair()).isEmpty();
        }
    }
}
