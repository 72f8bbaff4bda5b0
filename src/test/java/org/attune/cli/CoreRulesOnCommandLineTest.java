package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.CommandLineTest.attune;
import static org.attune.cli.CommandLineTest.demo;

import java.nio.file.Path;
import org.attune.cli.CommandLineTest.Run;
import org.attune.workbench.Workbench;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line follows the core's rules, the same the window does: the id of a new code, the
 * undo of a codebook change, the agreement defaults, and refusals worded with its own flags.
 */
class CoreRulesOnCommandLineTest {

    @TempDir
    Path dir;
    String project;

    @BeforeEach
    void buildDemo() {
        project = demo(dir);
    }

    @Test
    void aCodeAddedWithoutAnIdGetsTheCoresIdWithoutAccents() {
        Run add = attune("codebook", "add", project, "pit-features", "Café au lait");

        assertThat(add.status()).as(add.err()).isZero();
        assertThat(add.out()).contains("added code 'cafe-au-lait'");
        try (Workbench reader = Workbench.openReadOnly(Path.of(project))) {
            assertThat(reader.codebook().orElseThrow().codebook().code("cafe-au-lait")).isPresent();
        }
    }
}
