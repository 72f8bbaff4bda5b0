package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.CommandLineTest.attune;
import static org.attune.cli.CommandLineTest.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.attune.cli.CommandLineTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --pseudonymize} read back: a listed name left in what {@code export} or {@code pack} would
 * write stops it with no file, saying where; {@code --allow-leftovers} writes it and warns.
 */
class PseudonymLeftoversCommandTest {

    @TempDir
    Path dir;

    /** "Okafor" is replaced, and then put back by Daniel's replacement: the file read back still holds it. */
    private Path leakyList() throws IOException {
        return Files.writeString(dir.resolve("names.csv"), "name,replacement\nOkafor,Berg\nDaniel,Okafor's client\n");
    }

    @Test
    void aLeftoverStopsTheExportUnlessAllowed() throws IOException {
        String project = demo(dir);
        Path out = dir.resolve("out").resolve("shared.qdpx");
        Files.createDirectories(out.getParent());
        Run refused = attune("export", project, "--out", out.toString(), "--pseudonymize", leakyList().toString());
        assertThat(refused.status()).as(refused.out()).isEqualTo(1);
        assertThat(refused.err()).contains("shared.qdpx was not written").contains("entry project.qde: 'Okafor'")
                .contains("entry sources/");
        assertThat(files(out.getParent())).isZero();

        Run allowed = attune("export", project, "--out", out.toString(), "--pseudonymize", leakyList().toString(), "--allow-leftovers");
        assertThat(allowed.status()).as(allowed.err()).isZero();
        assertThat(allowed.err()).contains("Warning: shared.qdpx still holds names on the pseudonym list, in entry project.qde: 'Okafor'");
        assertThat(files(out.getParent())).isEqualTo(1);
    }

    @Test
    void aLeftoverStopsThePackUnlessAllowed() throws IOException {
        String project = demo(dir);
        assertThat(attune("round", "create", project, "r1", "--coders", "eve,finn", "--transcripts", "d02-s01").status()).isZero();
        Path packs = Files.createDirectories(dir.resolve("packs"));
        for (String file : new String[] {"eve.attune", "eve.qdpx"}) {
            Path out = packs.resolve(file);
            Run refused = attune("pack", project, "--coder", "eve", "--out", out.toString(), "--pseudonymize", leakyList().toString());
            assertThat(refused.status()).as(file + refused.out()).isEqualTo(1);
            assertThat(refused.err()).as(file).contains(file + " was not written").contains("'Okafor'");
            assertThat(files(packs)).as(file).isZero();
        }
        Path out = packs.resolve("eve.attune");
        Run allowed = attune("pack", project, "--coder", "eve", "--out", out.toString(), "--pseudonymize", leakyList().toString(),
                "--allow-leftovers");
        assertThat(allowed.status()).as(allowed.err()).isZero();
        assertThat(allowed.err()).contains("Warning: eve.attune still holds names on the pseudonym list, in table turns, column");
        assertThat(Files.exists(out)).isTrue();
    }

    private static long files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
