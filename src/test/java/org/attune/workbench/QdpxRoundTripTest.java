package org.attune.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.attune.exchange.ProjectSchema;
import org.attune.model.Coding;
import org.attune.model.Transcript;
import org.attune.model.TranscriptSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attune -> .qdpx -> Attune: everything the format can carry comes back, and the file is valid REFI-QDA. */
class QdpxRoundTripTest {

    @TempDir
    static Path dir;
    static Workbench demo;
    static Path qdpx;
    static QdpxExportReport exported;

    @BeforeAll
    static void exportTheDemo() {
        demo = DemoProject.build(dir.resolve("demo.attune"), Progress.NONE).workbench();
        // A coding of part of a turn with a memo that XML must escape, besides the demo's own.
        Transcript first = demo.transcript("d01-s01");
        demo.applyCode("anna", "d01-s01", "tentative-language", new org.attune.model.Span(1, 0, 1, 5), null,
                "part of a turn, with a memo: \"quoted\" & <marked>");
        qdpx = dir.resolve("demo.qdpx");
        exported = demo.exportProject(qdpx, null);
        assertThat(first.turns()).isNotEmpty();
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    @Test
    void theProjectDocumentIsValidAgainstProjectXsd() throws Exception {
        byte[] qde = ProjectSchema.qde(qdpx);
        assertThatCode(() -> ProjectSchema.validate(qde)).doesNotThrowAnyException();
        String text = new String(qde, StandardCharsets.UTF_8);
        assertThat(text).contains("<User guid=").contains("name=\"anna\"").contains("isCodable=\"false\"")
                .contains("typeOfVariable=\"Integer\"").contains("<NoteRef targetGUID=");
    }

    @Test
    void sourcesAreUtf8WithLfOnlyAndSpeakerLabels() throws Exception {
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            List<String> names = zip.stream().map(e -> e.getName()).toList();
            assertThat(names).contains("project.qde").allMatch(n -> n.equals("project.qde") || n.matches("sources/[0-9a-f-]{36}\\.txt"));
            for (var entry : zip.stream().filter(e -> e.getName().startsWith("sources/")).toList()) {
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                String text = new String(bytes, StandardCharsets.UTF_8);
                assertThat(bytes[0]).as("no byte order mark").isNotEqualTo((byte) 0xEF);
                assertThat(text).doesNotContain("\r").matches("(?s)^(\\[[0-9:. -]+\\] )?[^\\n:]+: .*");
            }
        }
    }

    @Test
    void selectionsCountCodePointsOnExactlyTheTextWritten() throws Exception {
        // The demo has emoji and accents: a position counted in UTF-16 units would drift past them.
        Path back = dir.resolve("positions.attune");
        try (Workbench imported = Workbench.importProject(qdpx, back, List.of(), List.of()) != null ? Workbench.openReadOnly(back) : null) {
            for (TranscriptSummary t : demo.transcripts()) {
                Transcript here = demo.transcript(t.name());
                Transcript there = imported.transcript(t.name());
                for (Coding c : demo.codings(t.name())) {
                    assertThat(there.text(c.span())).isEqualTo(here.text(c.span()));
                }
            }
        }
    }

    @Test
    void aRoundTripLosesNothingTheFormatCarries() {
        Path back = dir.resolve("back.attune");
        QdpxImportReport report = Workbench.importProject(qdpx, back, List.of(), List.of());
        assertThat(report.discarded()).isEmpty();
        assertThat(report.codings()).isEqualTo(exported.codings());
        try (Workbench imported = Workbench.openReadOnly(back)) {
            assertThat(imported.codebook().orElseThrow().codebook()).isEqualTo(demo.codebook().orElseThrow().codebook());
            assertThat(imported.transcripts()).hasSameSizeAs(demo.transcripts());
            for (TranscriptSummary summary : demo.transcripts()) {
                Transcript here = demo.transcript(summary.name());
                Transcript there = imported.transcript(summary.name());
                assertThat(there.turns()).isEqualTo(here.turns());
                assertThat(there.session()).isEqualTo(here.session());
                assertThat(there.sourceFile()).isEqualTo(here.sourceFile());
                assertThat(there.sourceFormat()).isEqualTo(here.sourceFormat());
                assertThat(there.contentHash()).isEqualTo(here.contentHash());
                assertThat(imported.codings(summary.name())).containsExactlyInAnyOrderElementsOf(demo.codings(summary.name()));
            }
            assertThat(imported.coders()).isEqualTo(demo.coders());
        }
    }

    @Test
    void exportingTheSameProjectTwiceGivesTheSameDocument() throws Exception {
        Path again = dir.resolve("again.qdpx");
        demo.exportProject(again, null);
        String first = new String(ProjectSchema.qde(qdpx), StandardCharsets.UTF_8).replaceFirst("creationDateTime=\"[^\"]+\"", "");
        String second = new String(ProjectSchema.qde(again), StandardCharsets.UTF_8).replaceFirst("creationDateTime=\"[^\"]+\"", "");
        assertThat(second).isEqualTo(first);
        assertThat(Map.of("codings", exported.codings(), "memos", exported.memos()))
                .isEqualTo(Map.of("codings", demo.transcripts().stream().mapToInt(t -> demo.codings(t.name()).size()).sum(),
                        "memos", (int) demo.transcripts().stream().flatMap(t -> demo.codings(t.name()).stream())
                                .filter(c -> c.memo() != null).count()));
    }
}
