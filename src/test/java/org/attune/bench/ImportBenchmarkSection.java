package org.attune.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attune.model.Role;

/** The import benchmark's section of {@code docs/benchmarks.md}, from its figures. */
final class ImportBenchmarkSection {

    private ImportBenchmarkSection() {
    }

    static String markdown(LocalDate date, MachineDescription machine, List<GeneratedTurn> turns,
                           List<ImportBenchmark.FormatFigures> figures) {
        StringBuilder out = new StringBuilder();
        out.append("## Transcript import\n\n");
        out.append("Measured on ").append(date).append(" by `org.attune.bench.ImportBenchmark`. Regenerate with `")
                .append(ImportBenchmark.COMMAND).append("`.\n\n");

        out.append("**What is measured.** One generated session transcript of ").append(number(turns.size()))
                .append(" turns (").append(shape(turns)).append("; fixed seed, so every run reads the same text), ")
                .append("written in each format Attune reads, is imported into a fresh project with ")
                .append("`Workbench.importFiles(List.of(file), ImportOptions.defaults(), Progress.NONE)`: read the file, ")
                .append("detect its format, parse it, settle the speakers' roles, store the transcript and its turns in one ")
                .append("SQLite transaction. Each format is imported once first, to check the result, then ")
                .append(ImportBenchmark.WARM_UPS).append(" more times to warm up (compiled code, not interpreted, is what a ")
                .append("working session runs); the figures are then the median of ").append(ImportBenchmark.RUNS).append(" runs (")
                .append(ImportBenchmark.MIN_RUNS).append(" for a format whose warm-up import takes over ")
                .append(number(ImportBenchmark.SLOW_IMPORT_SECONDS)).append(" s), each on a fresh project in a temporary ")
                .append("folder; turns/s is ").append(number(turns.size())).append(" divided by the median time. ")
                .append("The files: txt as `[00:01:23] Therapist: text` lines; docx a Word table `Time | Speaker | Text` ")
                .append("(Apache POI); vtt as Teams writes it, `<v Therapist>` voice tags, turns of 60 words or more over ")
                .append("2-3 cues; srt with CRLF, a byte order mark, cues of 7-14 words on up to two lines, a `Therapist: ` ")
                .append("prefix where the speaker changes; csv `start,end,speaker,text`, quoted where needed (OpenCSV).\n\n");

        out.append("**Machine.**\n\n").append(machine.markdown()).append('\n');

        MarkdownTable table = new MarkdownTable("format", "file size>", "Attune turns/s>", "peak heap MB>",
                "baseline read+split turns/s>", "baseline JDBC insert turns/s>");
        for (ImportBenchmark.FormatFigures f : figures) {
            table.row(f.format(), megabytes(f.fileBytes()), number(f.attuneTurnsPerSecond()),
                    number(f.attune().maxPeakHeapBytes() / 1e6),
                    number(f.readSplit().perSecond(ImportBenchmark.TURNS)), number(f.jdbc().perSecond(ImportBenchmark.TURNS)));
        }
        out.append(table.markdown()).append('\n');

        out.append("**Target: over ").append(number(ImportBenchmark.TARGET_TURNS_PER_SECOND))
                .append(" turns/s into the project file.**\n\n");
        for (ImportBenchmark.FormatFigures f : figures) {
            out.append("- ").append(f.format()).append(": ")
                    .append(f.meetsTarget() ? "met" : "**not met**")
                    .append(" (").append(number(f.attuneTurnsPerSecond())).append(" turns/s, ")
                    .append(Math.round(100 * f.attuneTurnsPerSecond() / ImportBenchmark.TARGET_TURNS_PER_SECOND))
                    .append("% of the target)\n");
        }
        out.append('\n');

        out.append("**Where the time goes.** Median milliseconds for the ").append(number(ImportBenchmark.TURNS))
                .append(" turns. The import's two steps are also timed on their own: *read+parse* is ")
                .append("`TranscriptFileReader.readWhole` (read, detect, decode, parse, settle roles, hash), *store* is ")
                .append("`ProjectStore.addTranscripts` into a fresh project (the one SQLite transaction) of a transcript of ")
                .append("the same turns, built from the generated ones. The import reads the file on one thread while it ")
                .append("stores the turns already read on another, so it takes less than the two steps added up: *overlap* ")
                .append("is read+parse plus store minus the whole import, the time the two threads saved (less the ")
                .append("import's own bookkeeping and noise). *GC pauses* is the time the collector stopped the import ")
                .append("(median over the runs), part of the whole import. For a slow format read+parse is not timed ")
                .append("alone: the table gives the import minus store, marked ~, and no overlap.\n\n");
        MarkdownTable phases = new MarkdownTable("format", "runs>", "whole import ms>", "import runs, fastest-slowest ms>",
                "GC pauses in import ms>", "read+parse ms>", "store ms>", "overlap ms>", "read+parse peak heap MB>",
                "baseline read+split ms>", "baseline JDBC insert ms>");
        for (ImportBenchmark.FormatFigures f : figures) {
            phases.row(f.format(), f.attune().samples().size(), number(f.attune().medianMillis()),
                    number(f.attune().minMillis()) + "-" + number(f.attune().maxMillis()),
                    number(f.attune().medianCollectionPauseMillis()),
                    (f.parseTimed() ? "" : "~") + number(f.parseMillis()), number(f.store().medianMillis()),
                    f.parseTimed() ? number(overlapMillis(f)) : "-",
                    f.parseTimed() ? number(f.parse().maxPeakHeapBytes() / 1e6) : "-",
                    number(f.readSplit().medianMillis()), number(f.jdbc().medianMillis()));
        }
        out.append(phases.markdown()).append('\n');

        out.append("**The baselines**, measured in the same run, tell the machine's speed from Attune's own cost. ")
                .append("*Read+split* is the I/O and decoding floor: read the file's bytes, decode them as UTF-8 and split ")
                .append("the text into lines (for docx: read the archive, inflate `word/document.xml`, decode it and split ")
                .append("it at the table rows' ends, without parsing the XML). *JDBC insert* is the storage floor: plain ")
                .append("sqlite-jdbc inserting the same ").append(number(ImportBenchmark.TURNS)).append(" rows, built ")
                .append("beforehand, into a fresh SQLite file with Attune's schema (`001-initial.sql`), one transcripts row ")
                .append("then batches of 2,000 turns, in one transaction with WAL, synchronous FULL and foreign keys on, ")
                .append("as Attune opens its projects; it is the same work for every format, measured again beside each.\n\n");

        out.append("**Peak heap** is the sum of the peak use of the heap's memory pools during the import, their peaks ")
                .append("reset after a full collection (`System.gc()`) just before it; the largest of the measured runs. ")
                .append("It includes garbage not yet collected, and the pools' peaks need not coincide, so it is an upper ")
                .append("bound on what the import needed, not its live data; the heap is capped at `-Xmx1g`. About ")
                .append(number(figures.get(0).attune().heapBeforeBytes() / 1e6))
                .append(" MB of it was live before each import: the benchmark's own generated turns and rows.\n\n");

        out.append("**Checks.** Before any timing, each file was imported once and compared turn by turn with what was ")
                .append("written (speaker, role, text, and the times the format keeps); every timed run was checked to store ")
                .append("exactly ").append(number(ImportBenchmark.TURNS)).append(" turns with Therapist as therapist and ")
                .append("Client as client, or the benchmark fails.\n\n");
        boolean allSame = figures.stream().allMatch(f -> f.differences().isEmpty());
        if (allSame) {
            out.append("- Every format came back exactly as written.\n");
        }
        for (ImportBenchmark.FormatFigures f : figures) {
            for (String d : f.differences()) {
                out.append("- ").append(f.format()).append(": ").append(d).append('\n');
            }
        }
        Set<String> warnings = new LinkedHashSet<>();
        for (ImportBenchmark.FormatFigures f : figures) {
            f.warnings().forEach(w -> warnings.add(f.format() + ": Attune warned: " + w));
        }
        warnings.forEach(w -> out.append("- ").append(w).append('\n'));
        out.append('\n');

        out.append("**Reading the figures.** ").append(interpretation(figures)).append('\n');
        return out.toString();
    }

    /** A few sentences on what the figures say, from the figures themselves. */
    static String interpretation(List<ImportBenchmark.FormatFigures> figures) {
        List<String> sentences = new ArrayList<>();
        List<String> met = figures.stream().filter(ImportBenchmark.FormatFigures::meetsTarget)
                .map(ImportBenchmark.FormatFigures::format).toList();
        List<String> missed = figures.stream().filter(f -> !f.meetsTarget())
                .map(ImportBenchmark.FormatFigures::format).toList();
        if (missed.isEmpty()) {
            sentences.add("Every format meets the target.");
        } else if (met.isEmpty()) {
            sentences.add("No format meets the target.");
        } else {
            sentences.add(String.join(", ", met) + (met.size() == 1 ? " meets" : " meet") + " the target; "
                    + String.join(", ", missed) + (missed.size() == 1 ? " does" : " do") + " not.");
        }
        double jdbcMin = figures.stream().mapToDouble(f -> f.jdbc().medianMillis()).min().orElseThrow();
        double jdbcMax = figures.stream().mapToDouble(f -> f.jdbc().medianMillis()).max().orElseThrow();
        double storeMin = figures.stream().mapToDouble(f -> f.store().medianMillis()).min().orElseThrow();
        double storeMax = figures.stream().mapToDouble(f -> f.store().medianMillis()).max().orElseThrow();
        double budget = ImportBenchmark.TURNS / ImportBenchmark.TARGET_TURNS_PER_SECOND * 1000;
        sentences.add("Plain JDBC stores the " + number(ImportBenchmark.TURNS) + " rows in " + range(jdbcMin, jdbcMax)
                + " ms on this machine and Attune's store step takes " + range(storeMin, storeMax) + " ms, "
                + (storeMax < 0.8 * jdbcMin ? "less than that floor, as Attune inserts many rows per statement"
                        : storeMax <= 1.25 * jdbcMax ? "about the same, so Attune adds little to storing itself"
                        : "more than the floor, so Attune adds to what storing itself needs")
                + "; the target allows " + number(budget) + " ms for the whole import, of which storing at the floor takes "
                + Math.round(100 * jdbcMin / budget) + "-" + Math.round(100 * jdbcMax / budget) + "%.");
        for (ImportBenchmark.FormatFigures f : figures) {
            if (f.meetsTarget()) {
                continue;
            }
            boolean parseBound = f.parseMillis() >= f.store().medianMillis();
            sentences.add(f.format() + " misses it mostly in " + (parseBound ? "reading and parsing" : "storing") + ": of its "
                    + number(f.attune().medianMillis()) + " ms, read+parse " + (f.parseTimed() ? "alone takes " : "takes about ")
                    + number(f.parseMillis())
                    + " ms (" + String.format(Locale.ROOT, "%.0f", f.parseMillis() / f.readSplit().medianMillis())
                    + " times its read+split floor of " + number(f.readSplit().medianMillis()) + " ms) and store alone "
                    + number(f.store().medianMillis()) + " ms.");
        }
        List<String> slowFloors = figures.stream()
                .filter(f -> f.readSplit().medianMillis() + f.jdbc().medianMillis()
                        >= ImportBenchmark.TURNS / ImportBenchmark.TARGET_TURNS_PER_SECOND * 1000)
                .map(ImportBenchmark.FormatFigures::format)
                .toList();
        if (!slowFloors.isEmpty()) {
            sentences.add("On this machine the two floors added up (read+split, then JDBC insert) already miss the target for "
                    + String.join(", ", slowFloors) + ": there, compare Attune with the floors rather than with the target.");
        }
        return String.join(" ", sentences);
    }

    /** What a reader of the figures should know about the generated transcript. */
    static String shape(List<GeneratedTurn> turns) {
        int[] words = turns.stream().mapToInt(t -> t.words().length).toArray();
        int[] sorted = Arrays.stream(words).sorted().toArray();
        long total = Arrays.stream(words).asLongStream().sum();
        long backchannels = Arrays.stream(words).filter(w -> w <= 2).count();
        long clientTurns = turns.stream().filter(t -> t.role() == Role.CLIENT).count();
        long longClient = turns.stream().filter(t -> t.role() == Role.CLIENT && t.words().length >= 60).count();
        double hours = turns.get(turns.size() - 1).endMs() / 3_600_000.0;
        return String.format(Locale.ROOT, "Therapist and Client alternating; %,d words, %.1f a turn on average, median %d, "
                        + "longest %d; %d%% of turns of one or two words; %d%% of client turns of 60 words or more; "
                        + "%.0f hours of timestamps, some %d fifty-minute sessions end to end",
                total, total / (double) turns.size(), sorted[sorted.length / 2], sorted[sorted.length - 1],
                Math.round(100.0 * backchannels / turns.size()), Math.round(100.0 * longClient / clientTurns),
                hours, Math.round(hours * 60 / 50));
    }

    private static double overlapMillis(ImportBenchmark.FormatFigures f) {
        return f.parseMillis() + f.store().medianMillis() - f.attune().medianMillis();
    }

    private static String range(double low, double high) {
        return Math.round(low) == Math.round(high) ? number(low) : number(low) + "-" + number(high);
    }

    private static String ratio(double low, double high) {
        return String.format(Locale.ROOT, "%.1f", low).equals(String.format(Locale.ROOT, "%.1f", high))
                ? String.format(Locale.ROOT, "%.1f times", low)
                : String.format(Locale.ROOT, "%.1f-%.1f times", low, high);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
