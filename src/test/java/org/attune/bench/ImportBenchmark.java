package org.attune.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.attune.model.Role;
import org.attune.model.Transcript;
import org.attune.model.Turn;
import org.attune.store.ProjectStore;
import org.attune.transcript.ContentHash;
import org.attune.transcript.FileNameSessionInfo;
import org.attune.transcript.TranscriptFileReader;
import org.attune.workbench.ImportOptions;
import org.attune.workbench.ImportReport;
import org.attune.workbench.Progress;
import org.attune.workbench.Workbench;

/**
 * The transcript import benchmark: generates one 50,000-turn session transcript, writes it in
 * every format Attune reads, and for each format measures the whole public import
 * ({@link Workbench#importFiles}: read, detect, parse, settle roles, store in one transaction) into
 * a fresh project, next to two floors measured in the same run: reading and splitting the file, and
 * plain JDBC inserting the same rows. Also times the import's two steps on their own, reading the
 * file into a transcript ({@link TranscriptFileReader#read}) and storing it
 * ({@link ProjectStore#addTranscripts}), to show where the time goes. Writes its section of
 * {@code docs/benchmarks.md}.
 *
 * <p>Run with {@code ./mvnw -B -Pbench -DskipTests verify}, or directly with the benchmarks document
 * as the one argument. {@code -Dattune.bench.formats=docx,csv} measures only those formats and
 * prints the figures without writing the document (for profiling).
 */
public final class ImportBenchmark {

    static final int TURNS = 50_000;
    /** Warm-up runs before the measured ones, after the check import, so that the JIT has compiled the hot paths. */
    static final int WARM_UPS = 2;

    /** Measured runs of each piece of work; the warm-up round is the check import before them. */
    static final int RUNS = 7;
    /** Runs of a format whose import is slow: the least that gives a median; its read+parse is not timed alone. */
    static final int MIN_RUNS = 3;
    static final double SLOW_IMPORT_SECONDS = 10;
    static final double TARGET_TURNS_PER_SECOND = 100_000;
    static final String SECTION_ID = "import-benchmark";
    static final String COMMAND = "./mvnw -B -Pbench -DskipTests verify";
    /** A file name as research teams give them: dyad 99, session 1. */
    private static final String FILE_BASE = "d99-s01";

    /** What was measured for one format. */
    record FormatFigures(String format, long fileBytes, Trials.Measurement attune, Trials.Measurement parse,
                         Trials.Measurement store, Trials.Measurement readSplit, Trials.Measurement jdbc, List<String> differences,
                         List<String> warnings) {

        double attuneTurnsPerSecond() {
            return attune.perSecond(TURNS);
        }

        boolean meetsTarget() {
            return attuneTurnsPerSecond() > TARGET_TURNS_PER_SECOND;
        }

        /** Whether read+parse was timed on its own; for a slow format it was not. */
        boolean parseTimed() {
            return parse != null;
        }

        /** Read+parse as timed on its own, or else the import minus storing. */
        double parseMillis() {
            return parseTimed() ? parse.medianMillis() : Math.max(0, attune.medianMillis() - store.medianMillis());
        }
    }

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ImportBenchmark PATH/TO/docs/benchmarks.md");
            System.exit(2);
        }
        try {
            run(Path.of(args[0]));
        } catch (Exception | Error e) {
            System.err.println("import benchmark FAILED: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(Path document) throws Exception {
        String only = System.getProperty("attune.bench.formats", "").strip();
        List<TranscriptFileWriter> writers = TranscriptFileWriter.all().stream()
                .filter(w -> only.isEmpty() || Arrays.asList(only.split("\\s*,\\s*")).contains(w.format()))
                .toList();
        if (writers.isEmpty()) {
            throw new IllegalArgumentException("attune.bench.formats names no format Attune reads: " + only);
        }
        Path work = Files.createTempDirectory("attune-import-bench-");
        try {
            MachineDescription machine = MachineDescription.current(work);
            long start = System.nanoTime();
            List<GeneratedTurn> turns = new SessionTranscriptGenerator(SessionTranscriptGenerator.SEED).generate(TURNS);
            log("generated %,d turns (%s)", turns.size(), ImportBenchmarkSection.shape(turns));
            List<JdbcInsertBaseline.Row> rows = JdbcInsertBaseline.rows(turns);
            List<FormatFigures> figures = new ArrayList<>();
            for (TranscriptFileWriter writer : writers) {
                figures.add(measure(writer, turns, rows, work));
            }
            String section = ImportBenchmarkSection.markdown(LocalDate.now(), machine, turns, figures);
            System.out.println();
            System.out.println(section);
            if (only.isEmpty()) {
                BenchmarkReport.writeSection(document, SECTION_ID, section);
                log("wrote the '%s' section of %s (%.0f s in all)", SECTION_ID, document, (System.nanoTime() - start) / 1e9);
            } else {
                log("only %s measured: %s left as it was", only, document);
            }
        } finally {
            deleteRecursively(work);
        }
    }

    private static FormatFigures measure(TranscriptFileWriter writer, List<GeneratedTurn> turns,
                                         List<JdbcInsertBaseline.Row> rows, Path work) throws Exception {
        String format = writer.format();
        Path file = work.resolve(FILE_BASE + "." + format);
        long start = System.nanoTime();
        writer.write(turns, file);
        long bytes = Files.size(file);
        log("%s: wrote %s (%.1f MB) in %.1f s", format, file.getFileName(), bytes / 1e6, (System.nanoTime() - start) / 1e9);

        // The warm-up round, and the check that the file imports to exactly the turns written.
        List<String> differences;
        List<String> warnings;
        double warmUpSeconds;
        Path checkFolder = Files.createDirectory(work.resolve("check-" + format));
        try (Workbench workbench = Workbench.create(checkFolder.resolve("check.attune"))) {
            start = System.nanoTime();
            ImportReport report = workbench.importFiles(List.of(file), ImportOptions.defaults(), Progress.NONE);
            warmUpSeconds = (System.nanoTime() - start) / 1e9;
            requireAllTurns(format, report);
            Transcript stored = workbench.transcript(report.files().get(0).transcript());
            differences = ImportedTurnsCheck.differences(turns, stored, writer);
            warnings = report.warnings();
        } finally {
            deleteRecursively(checkFolder);
        }
        log("%s: warm-up import took %.1f s", format, warmUpSeconds);
        differences.forEach(d -> log("%s: WARNING: %s", format, d));
        warnings.forEach(w -> log("%s: Attune warns: %s", format, w));
        boolean slow = warmUpSeconds > SLOW_IMPORT_SECONDS;
        int runs = slow ? MIN_RUNS : RUNS;

        int[] runNumber = {0};
        Trials.Measurement attune = Trials.measure(slow ? 0 : WARM_UPS, runs, () -> {
            Path folder = Files.createDirectory(work.resolve("run-" + format + "-" + ++runNumber[0]));
            Workbench workbench = Workbench.create(folder.resolve("bench.attune"));
            return new Trials.Run() {
                private ImportReport report;

                @Override
                public void run() {
                    report = workbench.importFiles(List.of(file), ImportOptions.defaults(), Progress.NONE);
                }

                @Override
                public void check() {
                    requireAllTurns(format, report);
                    requireTurns(format, "the project after the import", workbench.summary().turns());
                }

                @Override
                public void cleanUp() throws IOException {
                    workbench.close();
                    deleteRecursively(folder);
                }
            };
        });
        log("%s: Attune import %,.0f turns/s (median %.0f ms of %d runs), peak heap %.0f MB", format,
                attune.perSecond(TURNS), attune.medianMillis(), runs, attune.maxPeakHeapBytes() / 1e6);

        // The import's two steps, each timed on its own: reading the file into a transcript (not for a slow
        // format: the import minus storing says enough there), and storing the same turns.
        Trials.Measurement parse = null;
        if (!slow) {
            parse = Trials.measure(WARM_UPS, runs, () -> new Trials.Run() {
                private TranscriptFileReader.Whole result;

                @Override
                public void run() {
                    result = TranscriptFileReader.readWhole(file, TranscriptFileReader.Settings.defaults(), Instant.now());
                }

                @Override
                public void check() {
                    requireTurns(format, "TranscriptFileReader.read", result.transcript().turns().size());
                }
            });
            log("%s: read+parse alone %,.0f turns/s (median %.0f ms)", format, parse.perSecond(TURNS), parse.medianMillis());
        }

        Transcript transcript = transcriptAsWritten(turns, writer, file);
        Trials.Measurement store = Trials.measure(slow ? 0 : WARM_UPS, runs, () -> {
            Path folder = Files.createDirectory(work.resolve("store-" + format + "-" + ++runNumber[0]));
            ProjectStore project = ProjectStore.create(folder.resolve("bench.attune"));
            return new Trials.Run() {
                @Override
                public void run() {
                    project.addTranscripts(List.of(transcript));
                }

                @Override
                public void check() {
                    requireTurns(format, "ProjectStore.addTranscripts", project.counts().turns());
                }

                @Override
                public void cleanUp() throws IOException {
                    project.close();
                    deleteRecursively(folder);
                }
            };
        });
        log("%s: store alone %,.0f turns/s (median %.0f ms)", format, store.perSecond(TURNS), store.medianMillis());

        Trials.Measurement readSplit = Trials.measure(1, runs, () -> new Trials.Run() {
            private int pieces;

            @Override
            public void run() throws IOException {
                pieces = ReadSplitBaseline.run(file);
            }

            @Override
            public void check() {
                if (pieces < TURNS) {
                    throw new IllegalStateException(format + ": the read+split baseline found " + pieces + " pieces");
                }
            }
        });
        log("%s: baseline read+split %,.0f turns/s (median %.0f ms)", format, readSplit.perSecond(TURNS), readSplit.medianMillis());

        int[] dbNumber = {0};
        Trials.Measurement jdbc = Trials.measure(1, runs,
                () -> JdbcInsertBaseline.prepare(work.resolve("baseline-" + format + "-" + ++dbNumber[0] + ".sqlite"), rows));
        log("%s: baseline JDBC insert %,.0f turns/s (median %.0f ms)", format, jdbc.perSecond(TURNS), jdbc.medianMillis());

        Files.delete(file);
        return new FormatFigures(format, bytes, attune, parse, store, readSplit, jdbc, differences, warnings);
    }

    /** The transcript the file holds, as Attune reads it (the check import compared them turn by turn). */
    private static Transcript transcriptAsWritten(List<GeneratedTurn> turns, TranscriptFileWriter writer, Path file) {
        List<Turn> model = turns.stream()
                .map(t -> new Turn(t.number(), t.speaker(), t.role(), writer.startMs(t), writer.endMs(t), t.text()))
                .toList();
        String fileName = file.getFileName().toString();
        return new Transcript(FILE_BASE, fileName, writer.format(), ContentHash.of(model), Instant.now(),
                FileNameSessionInfo.parse(FILE_BASE), model);
    }

    private static void requireAllTurns(String format, ImportReport report) {
        if (report.files().size() != 1 || report.files().get(0).status() != ImportReport.Status.IMPORTED) {
            throw new IllegalStateException(format + ": expected the file to be imported, got " + report.files());
        }
        ImportReport.FileOutcome outcome = report.files().get(0);
        requireTurns(format, "the import", outcome.turns());
        if (!outcome.therapists().equals(Set.of(SessionTranscriptGenerator.THERAPIST))
                || !outcome.clients().equals(Set.of(SessionTranscriptGenerator.CLIENT))
                || !outcome.others().isEmpty()) {
            throw new IllegalStateException(format + ": expected the speakers Therapist (" + Role.THERAPIST.label()
                    + ") and Client (" + Role.CLIENT.label() + "), got therapists " + outcome.therapists()
                    + ", clients " + outcome.clients() + ", others " + outcome.others());
        }
    }

    private static void requireTurns(String format, String what, long turns) {
        if (turns != TURNS) {
            throw new IllegalStateException(format + ": " + what + " found " + turns + " turns in the generated file, not "
                    + TURNS + ": the benchmark would measure the wrong thing");
        }
    }

    static void log(String format, Object... args) {
        System.out.println("[import-benchmark] " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
