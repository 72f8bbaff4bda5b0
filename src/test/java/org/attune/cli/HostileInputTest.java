package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.CommandLineTest.attune;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.ui.ProjectFileDump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that once ended in an internal error or a stack trace now get one line saying what is
 * wrong and where, exit 1, and the project as it was.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    @Test
    void aCodebookGroupWithNoCodesIsAProblemOfTheFile() throws IOException {
        Path yaml = Files.writeString(dir.resolve("empty.yaml"), "name: x\ngroups:\n  - id: g\n    name: G\n    codes: []\n");
        CommandLineTest.Run run = attune("codebook", "check", yaml.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("empty.yaml, line 5, column 12: group 'g' has no codes");
        assertThat(run.err()).isEqualTo("attune: 2 problems in empty.yaml\n");
    }

    @Test
    void aLevelWithAHugeExponentIsRefusedByLine() throws IOException {
        String project = CommandLineTest.demo(dir);
        var before = ProjectFileDump.of(Path.of(project));
        for (String value : new String[] {"1e999999999", "1E2147483648", "1e-999999999"}) {
            Path csv = Files.writeString(dir.resolve("levels.csv"),
                    "coder,transcript,turn,code,value\nanna,d01-s01,4,experiencing-level," + value + "\n");
            CommandLineTest.Run run = attune("codings", "import", project, csv.toString());
            assertThat(run.status()).as(value).isEqualTo(1);
            assertThat(run.err()).as(value).isEqualTo("attune: levels.csv, line 2, column 'value': expected a number (a scale "
                    + "level, as 4 or 2.5), found '" + value + "'\n");
        }
        assertThat(ProjectFileDump.differences(before, ProjectFileDump.of(Path.of(project)))).isEmpty();
    }

    @Test
    void aQueryNestedThousandsDeepIsRefusedNotOverflowed() {
        String project = CommandLineTest.demo(dir);
        String deep = "(".repeat(5000) + "feel" + ")".repeat(5000);
        CommandLineTest.Run run = attune("search", project, deep);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines().count()).as(run.err()).isLessThanOrEqualTo(3);
        assertThat(run.err()).contains("nests brackets 5000 deep").doesNotContain("StackOverflow");
        assertThat(attune("search", project, "(".repeat(20) + "feel" + ")".repeat(20)).status()).isZero();
    }
}
