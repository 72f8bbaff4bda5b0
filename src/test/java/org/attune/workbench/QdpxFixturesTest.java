package org.attune.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.attune.exchange.QdpxContent;
import org.attune.exchange.QdpxReader;
import org.attune.exchange.QdpxSelection;
import org.attune.exchange.QdpxSource;
import org.attune.model.Coding;
import org.attune.model.Transcript;
import org.attune.model.Turn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real REFI-QDA projects exported by other tools (see src/test/resources/fixtures/refi-qda/README.md) import as they should. */
class QdpxFixturesTest {

    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(QdpxFixturesTest.class.getResource("/fixtures/refi-qda/" + name)).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void qcCodingsLandOnTheTextTheySelected() {
        Path file = fixture("qc-demo-with-codings.qdpx");
        QdpxImportReport report = Workbench.importProject(file, dir.resolve("qc.attune"), List.of(), List.of());
        assertThat(report.transcripts()).isEqualTo(2);
        assertThat(report.codings()).isEqualTo(205);
        assertThat(report.coders()).containsExactly("cp");
        QdpxContent content = QdpxReader.read(file);
        try (Workbench project = Workbench.openReadOnly(dir.resolve("qc.attune"))) {
            assertThat(project.transcripts()).extracting(t -> t.name()).containsExactlyInAnyOrder("admin-1", "board_2017");
            for (QdpxSource source : content.project().sources()) {
                Transcript transcript = project.transcript(source.name());
                // Turns come from the speaker labels at the starts of lines ("Max Bigman:", "admin-1:", "Speaker 2:").
                assertThat(transcript.turns()).extracting(Turn::speaker).doesNotContain("Unlabelled")
                        .contains(source.name().equals("admin-1") ? "admin-1" : "Speaker 2");
                Pattern labels = labels(transcript);
                List<String> selected = new ArrayList<>();
                for (QdpxSelection s : source.selections()) {
                    String text = source.text().substring(source.text().offsetByCodePoints(0, s.start()),
                            source.text().offsetByCodePoints(0, s.end()));
                    selected.add(normal(labels.matcher(text).replaceAll(" ")));
                }
                List<String> coded = project.codings(source.name()).stream().map(Coding::span).map(transcript::text)
                        .map(QdpxFixturesTest::normal).toList();
                assertThat(coded).as(source.name()).containsExactlyInAnyOrderElementsOf(selected);
            }
        }
    }

    @Test
    void nvivoCodebookComesInAndItsEmptySourcesAreReported() {
        QdpxImportReport report = Workbench.importProject(fixture("nvivo-mac-15-codebook.qdpx"), dir.resolve("nvivo.attune"),
                List.of(), List.of());
        assertThat(report.codes()).isEqualTo(262);
        assertThat(report.transcripts()).isZero();
        assertThat(report.discarded()).filteredOn(d -> d.endsWith("has no text: left out")).hasSize(2);
        try (Workbench project = Workbench.openReadOnly(dir.resolve("nvivo.attune"))) {
            assertThat(project.codebook().orElseThrow().codebook().codes()).hasSize(262);
        }
    }

    @Test
    void atlasTiUpperCaseGuidsAndACodableParent() {
        QdpxImportReport report = Workbench.importProject(fixture("atlasti-win-23-codebook.qdpx"), dir.resolve("atlas.attune"),
                List.of(), List.of());
        assertThat(report.codes()).isEqualTo(3);
        try (Workbench project = Workbench.openReadOnly(dir.resolve("atlas.attune"))) {
            assertThat(project.codebook().orElseThrow().codebook().codes()).extracting(c -> c.name())
                    .containsExactly("Commits", "2022-05-10T02:05:59Z 19e4dce", "2022-02-11T10:39:25Z cdbfd92");
        }
    }

    /** The transcript's speaker labels at the starts of lines, which a selection of whole lines includes and a turn's text does not. */
    private static Pattern labels(Transcript transcript) {
        String speakers = String.join("|", transcript.turns().stream().map(Turn::speaker).distinct().map(Pattern::quote).toList());
        return Pattern.compile("(?m)^\\s*(?:" + speakers + "):");
    }

    private static String normal(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
