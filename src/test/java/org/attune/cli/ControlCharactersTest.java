package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.CommandLineTest.attune;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.workbench.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control characters in a transcript (a form feed from pdftotext, a stray ESC) are settled the same
 * way on the way in as on the way out, so a .qdpx pack of the transcript merges back.
 */
class ControlCharactersTest {

    @TempDir
    Path dir;

    @Test
    void aTranscriptWithControlCharactersComesBackFromItsQdpxPack() throws Exception {
        String project = dir.resolve("study.attune").toString();
        assertThat(attune("init", project).status()).isZero();
        assertThat(attune("codebook", "use", project, "codebooks/conversational-model.yaml").status()).isZero();
        Path file = Files.writeString(dir.resolve("d09-s01.csv"),
                "speaker,text\nDr Lee,\"Page one\fpage two\"\nSam,\"An \u001b[1mescape\u001b[0m here\"\nDr Lee,Mm.\n");
        CommandLineTest.Run imported = attune("import", project, file.toString(), "--therapist", "Dr Lee", "--client", "Sam");
        assertThat(imported.status()).as(imported.err()).isZero();
        try (Workbench w = Workbench.openReadOnly(Path.of(project))) {
            assertThat(w.transcript("d09-s01").turns().get(0).text()).isEqualTo("Page one\npage two");
            assertThat(w.transcript("d09-s01").turns().get(1).text()).isEqualTo("An \uFFFD[1mescape\uFFFD[0m here");
        }
        assertThat(attune("round", "create", project, "r1", "--coders", "anna", "--transcripts", "d09-s01").status()).isZero();
        Path pack = dir.resolve("anna.qdpx");
        CommandLineTest.Run packed = attune("pack", project, "--coder", "anna", "--out", pack.toString());
        assertThat(packed.status()).as(packed.err()).isZero();
        CommandLineTest.Run merged = attune("merge", project, pack.toString());
        assertThat(merged.status()).as(merged.err()).isZero();
    }
}
