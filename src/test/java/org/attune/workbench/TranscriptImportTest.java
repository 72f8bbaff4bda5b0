package org.attune.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.attune.model.AttuneException;
import org.attune.model.Role;
import org.attune.model.SessionInfo;
import org.attune.model.Transcript;
import org.attune.model.TranscriptSummary;
import org.attune.model.Turn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptImportTest {

    @TempDir
    Path dir;

    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static final ImportOptions SAMPLE_ROLES = ImportOptions.defaults()
            .withRoles(List.of("Hannah Reid"), List.of("Zoë Marchetti", "Daniel"));

    @Test
    void importsEverySampleWithRolesAndSessions() throws IOException {
        try (Workbench workbench = Workbench.create(dir.resolve("study.attune"))) {
            List<String> progress = new ArrayList<>();
            ImportReport report = workbench.importFiles(samples(), SAMPLE_ROLES, (done, total, item) -> progress.add(done + "/" + total + " " + item));
            assertThat(report.imported()).isEqualTo(6);
            assertThat(report.warnings()).containsExactly("d01-s01.txt: lines 1-2 before the first speaker label were skipped");
            assertThat(progress).startsWith("0/6 importing d01-s01.txt", "1/6 importing d01-s02.vtt").endsWith("6/6 saving");

            assertThat(workbench.transcripts()).extracting(TranscriptSummary::name)
                    .containsExactly("d01-s01", "d01-s02", "d01-s03", "d02-s01", "d02-s02", "d02-s03");
            Transcript d02s03 = workbench.transcript("d02-s03");
            assertThat(d02s03.session()).isEqualTo(new SessionInfo("d02", 3, null));
            assertThat(d02s03.sourceFormat()).isEqualTo("docx");
            assertThat(d02s03.turns().getFirst()).isEqualTo(new Turn(1, "Dr Okafor", Role.THERAPIST, 2_000L, null, "Hello, Daniel."));
            ProjectSummary summary = workbench.summary();
            assertThat(summary.transcripts()).isEqualTo(6);
            assertThat(summary.turns()).isEqualTo(report.files().stream().mapToInt(ImportReport.FileOutcome::turns).sum());
        }
    }

    @Test
    void importingTheSameContentAgainIsSkipped() throws IOException {
        Path first = Files.writeString(dir.resolve("d05-s01.txt"), "Therapist: Hello.\nClient: Hi.\n");
        Path sameWords = Files.writeString(dir.resolve("copy.csv"), "speaker,text\nTherapist,Hello.\nClient,Hi.\n");
        try (Workbench workbench = Workbench.create(dir.resolve("study.attune"))) {
            workbench.importFiles(List.of(first), ImportOptions.defaults(), Progress.NONE);
            ImportReport again = workbench.importFiles(List.of(first, sameWords), ImportOptions.defaults(), Progress.NONE);
            assertThat(again.files()).extracting(ImportReport.FileOutcome::status, ImportReport.FileOutcome::transcript)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(ImportReport.Status.SKIPPED_DUPLICATE, "d05-s01"),
                            org.assertj.core.groups.Tuple.tuple(ImportReport.Status.SKIPPED_DUPLICATE, "d05-s01"));
            assertThat(workbench.summary().transcripts()).isEqualTo(1);
        }
    }

    @Test
    void anImportFailingOnItsLastFileLeavesNoTraceOfTheEarlierOnes() throws IOException {
        Path project = dir.resolve("study.attune");
        Path good = Files.writeString(dir.resolve("d09-s01.txt"), "Therapist: Hello.\nClient: Hi.\n");
        Path bad = Files.writeString(dir.resolve("d09-s02.vtt"), "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v T>Hi</v>\n\n"
                + "00:00:03.000 -> 00:00:04.000\n<v C>Hello</v>\n");
        long changesBefore;
        try (Workbench workbench = Workbench.create(project)) {
            workbench.importFiles(List.of(good), ImportOptions.defaults(), Progress.NONE);
            changesBefore = changeCount(project, workbench);
        }
        try (Workbench workbench = Workbench.open(project)) {
            List<Path> files = new ArrayList<>(samples());
            files.add(bad);
            assertThatThrownBy(() -> workbench.importFiles(files, SAMPLE_ROLES, Progress.NONE))
                    .isInstanceOf(AttuneException.class)
                    .hasMessage("d09-s02.vtt, line 6: expected a cue timing such as 00:01:02.000 --> 00:01:05.000 (or a NOTE block), "
                            + "found '00:00:03.000 -> 00:00:04.000'");
            assertThat(workbench.transcripts()).extracting(TranscriptSummary::name).containsExactly("d09-s01");
            assertThat(workbench.summary().turns()).isEqualTo(2);
            assertThat(changeCount(project, workbench)).isEqualTo(changesBefore);
        }
    }

    @Test
    void aFailureWhileStoringAlsoLeavesNoTrace() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "Therapist: One.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "Therapist: Two.\n");
        Path c = Files.writeString(dir.resolve("c.txt"), "Therapist: Three.\n");
        try (Workbench workbench = Workbench.create(dir.resolve("study.attune"))) {
            workbench.importFiles(List.of(c), ImportOptions.defaults(), Progress.NONE);
            Path clash = Files.writeString(dir.resolve("sub.txt"), "Therapist: Other words.\n");
            ImportOptions named = new ImportOptions(null, List.of(), List.of(), null, null, null, "c");
            assertThatThrownBy(() -> workbench.importFiles(List.of(clash), named, Progress.NONE))
                    .isInstanceOf(InputException.class).hasMessage("sub.txt: the project already has a different transcript named 'c'; import this one under another name");
            Path sameNameAsA = Files.createDirectories(dir.resolve("other")).resolve("a.txt");
            Files.writeString(sameNameAsA, "Therapist: Not one.\n");
            assertThatThrownBy(() -> workbench.importFiles(List.of(a, b, sameNameAsA), ImportOptions.defaults(), Progress.NONE))
                    .hasMessage("a.txt: a.txt in this import also makes a transcript named 'a'; rename one of them");
            assertThat(workbench.transcripts()).extracting(TranscriptSummary::name).containsExactly("c");
        }
    }

    @Test
    void warnsAboutNamesGivenThatNoFileHas() throws IOException {
        Path file = Files.writeString(dir.resolve("x.txt"), "Anna: Hello.\nBen: Hi.\n");
        try (Workbench workbench = Workbench.create(dir.resolve("study.attune"))) {
            ImportReport report = workbench.importFiles(List.of(file),
                    ImportOptions.defaults().withRoles(List.of("Anna", "Dr Nobody"), List.of("Ben")), Progress.NONE);
            assertThat(report.files().getFirst().therapists()).containsExactly("Anna");
            assertThat(report.files().getFirst().clients()).containsExactly("Ben");
            assertThat(report.warnings()).containsExactly("no speaker in these files is called dr nobody (names given as therapist or client)");
        }
    }

    @Test
    void refusesANameForSeveralFilesAndAnUnknownFormat() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "T: One.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "T: Two.\n");
        try (Workbench workbench = Workbench.create(dir.resolve("study.attune"))) {
            assertThatThrownBy(() -> workbench.importFiles(List.of(a, b),
                    new ImportOptions(null, List.of(), List.of(), null, null, null, "x"), Progress.NONE))
                    .isInstanceOf(InputException.class).hasMessageStartingWith("a name is for one file, but 2 were given");
            assertThatThrownBy(() -> workbench.importFiles(List.of(a),
                    new ImportOptions("pdf", List.of(), List.of(), null, null, null, null), Progress.NONE))
                    .isInstanceOf(InputException.class).hasMessage("unknown format 'pdf': expected auto, txt, docx, vtt, srt, csv");
        }
    }

    @Test
    void saysWhichTranscriptsThereAreWhenOneIsNotFound() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "T: One.\n");
        try (Workbench workbench = Workbench.create(dir.resolve("study.attune"))) {
            workbench.importFiles(List.of(a), ImportOptions.defaults(), Progress.NONE);
            assertThatThrownBy(() -> workbench.transcript("b")).hasMessage("no transcript named 'b' in study.attune; it has a");
        }
    }

    @Test
    void theDemoProjectIsBuiltOnceAndBroughtUpToDateAfter() {
        Path project = dir.resolve("demo.attune");
        DemoProject.Built first = DemoProject.build(project, Progress.NONE);
        try (Workbench workbench = first.workbench()) {
            assertThat(first.report().imported()).isEqualTo(6);
            assertThat(workbench.transcripts()).allSatisfy(t -> assertThat(t.turnCount()).isBetween(80, 200));
            assertThat(first.report().files()).allSatisfy(f -> assertThat(f.others()).isEmpty());
        }
        DemoProject.Built second = DemoProject.build(project, Progress.NONE);
        try (Workbench workbench = second.workbench()) {
            assertThat(second.report().imported()).isZero();
            assertThat(second.report().skipped()).isEqualTo(6);
            assertThat(workbench.summary().transcripts()).isEqualTo(6);
        }
    }

    private static long changeCount(Path project, Workbench open) {
        try (var reader = org.attune.store.ProjectStore.open(project, org.attune.store.ProjectStore.Access.READ_ONLY)) {
            return reader.changeCount();
        }
    }
}
