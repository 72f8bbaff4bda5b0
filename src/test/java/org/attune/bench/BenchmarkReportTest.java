package org.attune.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkReportTest {

    private static final String IMPORT = "## Transcript import\n\nfigures";

    @TempDir
    Path folder;

    @Test
    void createsTheDocumentWithItsIntroWhenThereIsNone() throws Exception {
        Path document = folder.resolve("docs/benchmarks.md");

        BenchmarkReport.writeSection(document, "import-benchmark", IMPORT);

        assertThat(Files.readString(document)).isEqualTo(BenchmarkReport.INTRO + "\n"
                + "<!-- import-benchmark:start -->\n## Transcript import\n\nfigures\n<!-- import-benchmark:end -->\n");
    }

    @Test
    void replacesOnlyItsOwnSection() {
        String before = "# Benchmarks\n\nintro\n\n"
                + "<!-- search-benchmark:start -->\n## Search\nold search\n<!-- search-benchmark:end -->\n\n"
                + "<!-- import-benchmark:start -->\n## Transcript import\nold import\n<!-- import-benchmark:end -->\n\n"
                + "<!-- window-benchmark:start -->\n## Window\nold window\n<!-- window-benchmark:end -->\n";

        String after = BenchmarkReport.withSection(before, "import-benchmark", IMPORT);

        assertThat(after).isEqualTo("# Benchmarks\n\nintro\n\n"
                + "<!-- search-benchmark:start -->\n## Search\nold search\n<!-- search-benchmark:end -->\n\n"
                + "<!-- import-benchmark:start -->\n## Transcript import\n\nfigures\n<!-- import-benchmark:end -->\n\n"
                + "<!-- window-benchmark:start -->\n## Window\nold window\n<!-- window-benchmark:end -->\n");
    }

    @Test
    void writingTheSameSectionTwiceChangesNothing() {
        String once = BenchmarkReport.withSection(null, "import-benchmark", IMPORT);

        assertThat(BenchmarkReport.withSection(once, "import-benchmark", IMPORT)).isEqualTo(once);
    }

    @Test
    void appendsTheSectionWhenItsMarkersAreMissing() {
        String before = "# Benchmarks\n\n<!-- search-benchmark:start -->\n## Search\n<!-- search-benchmark:end -->";

        String after = BenchmarkReport.withSection(before, "import-benchmark", IMPORT);

        assertThat(after).isEqualTo(before + "\n\n<!-- import-benchmark:start -->\n" + IMPORT + "\n<!-- import-benchmark:end -->\n");
    }

    @Test
    void aMarkerMentionedInsideALineIsNotAMarker() {
        String before = "# Benchmarks\n\nSections sit between lines such as `<!-- import-benchmark:start -->`.\n";

        String after = BenchmarkReport.withSection(before, "import-benchmark", IMPORT);

        assertThat(after).startsWith(before).endsWith("<!-- import-benchmark:end -->\n");
    }

    @Test
    void refusesBrokenMarkersAndLeavesTheDocumentAlone() throws Exception {
        Path document = folder.resolve("benchmarks.md");
        String broken = "# Benchmarks\n\n<!-- import-benchmark:start -->\n## Transcript import\nno end marker\n";
        Files.writeString(document, broken);

        assertThatThrownBy(() -> BenchmarkReport.writeSection(document, "import-benchmark", IMPORT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("<!-- import-benchmark:end -->");
        assertThat(Files.readString(document)).isEqualTo(broken);
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(document);
        }
    }

    @Test
    void refusesAnEndMarkerBeforeTheStart() {
        String broken = "<!-- import-benchmark:end -->\nx\n<!-- import-benchmark:start -->\n";

        assertThatThrownBy(() -> BenchmarkReport.withSection(broken, "import-benchmark", IMPORT))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesASectionThatAppearsTwice() {
        String twice = "<!-- import-benchmark:start -->\na\n<!-- import-benchmark:end -->\n"
                + "<!-- import-benchmark:start -->\nb\n<!-- import-benchmark:end -->\n";

        assertThatThrownBy(() -> BenchmarkReport.withSection(twice, "import-benchmark", IMPORT))
                .isInstanceOf(IllegalStateException.class);
    }
}
