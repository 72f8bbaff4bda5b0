package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.CommandLineTest.attune;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from the project printed to a terminal shows its control characters instead of obeying them. */
class VisibleControlsTest {

    @TempDir
    Path dir;

    @Test
    void controlCharactersBecomeTheirPictures() {
        StringWriter shown = new StringWriter();
        try (PrintWriter out = new PrintWriter(new VisibleControls(shown))) {
            out.print("red \u001b[31mtext\u001b[0m, a bell\u0007, back\bspace, CR\r, DEL\u007f, C1\u009b\n\tand a tab");
        }
        assertThat(shown.toString())
                .isEqualTo("red \u241b[31mtext\u241b[0m, a bell\u2407, back\u2408space, CR\u240d, DEL\u2421, C1\u2421\n\tand a tab");
    }

    @Test
    void anErrorQuotingAControlCharacterShowsIt() {
        String project = CommandLineTest.demo(dir);
        CommandLineTest.Run run = attune("show", project, "d01\u001b[2J");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("d01\u241b[2J").doesNotContain("\u001b");
    }
}
