package org.attune.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.attune.exchange.PseudonymTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-back of a written .qdpx: entry names, text, character references, and entries larger than one window. */
class LeftoverScanTest {

    static final Pseudonyms LIST = new Pseudonyms(PseudonymTable.read("names.csv", "name,replacement\nZoë,Client B\nSam,Client C\n"));

    @TempDir
    Path dir;

    private Path zip(String entry, String text) throws IOException {
        Path file = dir.resolve("x.qdpx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    @Test
    void aCleanFileHasNoPlaces() throws IOException {
        assertThat(LeftoverScan.qdpx(zip("project.qde", "<Project name=\"Client B\">Samuel and Zoe</Project>"), LIST)).isEmpty();
    }

    @Test
    void namesInAnEntrysNameTextAndCharacterReferencesAreFound() throws IOException {
        Path file = zip("sources/sam-1.txt", "<T a=\"Zo&#235;\">SAM&apos;s Zo&#xEB;</T>");
        assertThat(LeftoverScan.qdpx(file, LIST)).containsExactly(
                "the name of entry sources/sam-1.txt: 'sam' (1 time)",
                "entry sources/sam-1.txt: 'SAM' (1 time)",
                "entry sources/sam-1.txt (decoded): 'Zoë' (2 times)");
    }

    @Test
    void aNameAtAWindowsEdgeIsFoundOnce() throws IOException {
        int cut = LeftoverScan.WINDOW - LeftoverScan.OVERLAP;
        StringBuilder text = new StringBuilder("x".repeat(cut - 2)).append(" Sam ");
        text.append("y".repeat(LeftoverScan.WINDOW - text.length() - 3)).append(" Zo&#235; ");
        text.append("z".repeat(3 * LeftoverScan.WINDOW)).append(" Sam");
        assertThat(LeftoverScan.qdpx(zip("project.qde", text.toString()), LIST)).containsExactly(
                "entry project.qde: 'Sam' (2 times)", "entry project.qde (decoded): 'Zoë' (1 time)");
    }

    @Test
    void refusedOrAllowed() {
        assertThat(LeftoverScan.judge("x.qdpx", java.util.List.of(), Leftovers.REFUSE)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LeftoverScan.judge("x.qdpx", java.util.List.of("entry a: 'Sam' (1 time)"),
                Leftovers.REFUSE)).hasMessage("x.qdpx was not written: it would still hold names on the pseudonym list, in entry a: 'Sam' (1 time)");
        assertThat(LeftoverScan.judge("x.qdpx", java.util.List.of("entry a: 'Sam' (1 time)"), Leftovers.ALLOW))
                .containsExactly("x.qdpx still holds names on the pseudonym list, in entry a: 'Sam' (1 time)");
    }
}
