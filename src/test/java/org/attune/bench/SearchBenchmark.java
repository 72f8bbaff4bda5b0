package org.attune.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.attune.analysis.CooccurrenceTable;
import org.attune.analysis.LagTable;
import org.attune.index.CorpusIndex;
import org.attune.index.QueryVocabulary;
import org.attune.index.ResultOrder;
import org.attune.index.SearchHit;
import org.attune.index.SearchRequest;
import org.attune.index.SearchResult;
import org.attune.model.CoderSummary;
import org.attune.model.Codebook;
import org.attune.model.Role;
import org.attune.model.TranscriptSummary;
import org.attune.workbench.IndexReport;
import org.attune.workbench.Progress;
import org.attune.workbench.Workbench;

/**
 * The search benchmark: builds a project of a generated, coded corpus ({@link CodedCorpusGenerator},
 * a million turns by default), then measures Attune's corpus index on it: the index build
 * ({@link Workbench#index}), the latency of a fixed mix of questions ({@link QueryMix}) through
 * {@link Workbench#search}, the co-occurrence and lag-1 tables, and the heap; and, in the same
 * run and on the same project file, the same questions asked of a {@code LIKE} scan and of SQLite
 * FTS5 ({@link SqlBaselines}), and the tables computed in SQL ({@link TableBaselines}). Every answer
 * is checked against the baselines' before anything is timed. Writes its section of
 * {@code docs/benchmarks.md}.
 *
 * <p>Run with {@code ./mvnw -B -Pbench -DskipTests verify} (with the import benchmark), or alone
 * with {@code -Dattune.bench.import.skip=true} added, or directly with the benchmarks document as
 * the one argument. {@code -Dattune.bench.turns=N} measures a corpus of N turns and only prints
 * the figures: the document keeps figures of {@value #TURNS} turns only.
 */
public final class SearchBenchmark {

    static final int TURNS = 1_000_000;
    static final String SECTION_ID = "search-benchmark";
    static final String COMMAND = "./mvnw -B -Pbench -DskipTests verify";
    static final String COMMAND_ALONE = "./mvnw -B -Pbench -DskipTests -Dattune.bench.import.skip=true verify";
    static final int LIMIT = SqlBaselines.LIMIT;

    // How many times each question is asked. Attune's answers take milliseconds, the LIKE scan's
    // seconds: each is asked as often as gives steady percentiles within a time budget.
    static final int ATTUNE_WARM_UPS = 10;
    static final double ATTUNE_WARM_UP_SECONDS = 8;
    static final int ATTUNE_RUNS = 300;
    static final double ATTUNE_BUDGET_SECONDS = 25;
    static final int LIKE_RUNS = 12;
    static final double LIKE_BUDGET_SECONDS = 30;
    static final int FTS_RUNS = 120;
    static final double FTS_BUDGET_SECONDS = 15;
    static final int TABLE_RUNS = 5;

    static final double TARGET_BUILD_SECONDS = 60;
    static final double TARGET_P95_MILLIS = 20;
    static final double TARGET_TABLE_SECONDS = 2;
    static final long TARGET_HEAP_BYTES = 1L << 30;
    static final double TARGET_LIKE_RATIO = 50;

    /** What one question of the mix found in each system, from the check run. */
    record Check(QueryMix.Variant variant, long attune, long like, Long fts, String relation) {
    }

    /** The latencies of one kind of question in each system. */
    record KindFigures(QueryMix.Kind kind, double attuneFirstMillis, Latencies attune, Latencies indexAlone,
                       Latencies like, Latencies fts) {
    }

    /** Time, heap peak and heap after collections of one phase. */
    record Phase(String name, double seconds, long peakHeapBytes, long heapAfterCollectionsBytes) {
    }

    /** Everything measured. */
    record Figures(int turns, CorpusShape shape, long projectBytes, long codingRows, double setupSeconds,
                   List<Double> buildSeconds, IndexReport index, long indexBytes, long buildPeakHeap, long buildHeapAfterGc,
                   long buildPauseMillis, double readSeconds,
                   SqlBaselines.FtsBuild fts, List<Check> checks, Map<QueryMix.Kind, KindFigures> kinds,
                   Trials.Measurement cooccurrence, double cooccurrenceSqlSeconds, int cooccurrenceCodes,
                   Trials.Measurement lag, double lagSqlSeconds, long lagTransitions, List<Phase> phases,
                   long wholeHeapAfterGc) {
    }

    private SearchBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: SearchBenchmark PATH/TO/docs/benchmarks.md");
            System.exit(2);
        }
        try {
            run(Path.of(args[0]));
        } catch (Exception | Error e) {
            System.err.println("search benchmark FAILED: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(Path document) throws Exception {
        int turns = Integer.getInteger("attune.bench.turns", TURNS);
        int builds = Integer.getInteger("attune.bench.builds", 1);
        long start = System.nanoTime();
        Path work = Files.createTempDirectory("attune-search-bench-");
        try (HeapAfterCollections whole = HeapAfterCollections.start()) {
            MachineDescription machine = MachineDescription.current(work);
            List<Phase> phases = new ArrayList<>();

            // Set-up: the project file. Not what is measured, but its time is reported.
            Path codebookFile = CorpusProject.codebookFile(work);
            Codebook codebook = CorpusProject.codebook(codebookFile);
            Path project = work.resolve("corpus.attune");
            CorpusShape shape;
            double setupSeconds;
            try (HeapAfterCollections after = HeapAfterCollections.start()) {
                HeapPeak peak = HeapPeak.start();
                long t = System.nanoTime();
                shape = CorpusProject.build(project, codebookFile, new CodedCorpusGenerator(turns, CodedCorpusGenerator.SEED, codebook));
                setupSeconds = (System.nanoTime() - t) / 1e9;
                phases.add(new Phase("set-up: generate and store the corpus", setupSeconds, peak.peakBytes(), after.mostBytes()));
            }
            long projectBytes = SqlBaselines.sizeOnDisk(project);
            log("set-up: %,d turns in %d sessions of %d dyads, %,d codings, %.0f MB project file, in %.1f s", shape.turns(),
                    shape.sessions(), shape.dyads(), shape.codings(), projectBytes / 1e6, setupSeconds);
            if (shape.turns() != turns) {
                throw new IllegalStateException("the generator made " + shape.turns() + " turns, not " + turns);
            }

            // The index build, as `attune index --rebuild` runs it: the whole Workbench.index call.
            List<Double> buildSeconds = new ArrayList<>();
            IndexReport[] report = new IndexReport[1];
            Trials.Measurement build;
            long buildAfterGc;
            double readSeconds;
            try (Workbench workbench = Workbench.open(project); HeapAfterCollections after = HeapAfterCollections.start()) {
                build = Trials.measure(0, builds, () -> new Trials.Run() {
                    @Override
                    public void run() {
                        report[0] = workbench.index(true, Progress.NONE);
                    }

                    @Override
                    public void check() {
                        IndexReport r = report[0];
                        if (r.turns() != turns || !r.rebuilt() || r.inMemory()) {
                            throw new IllegalStateException("the index build reported " + r + ", expected " + turns
                                    + " turns rebuilt on disk");
                        }
                    }
                });
                buildAfterGc = after.mostBytes();
                // What the rebuild reads from the project file, read alone on one thread as it reads it.
                long t = System.nanoTime();
                long read = 0;
                for (TranscriptSummary transcript : workbench.transcripts()) {
                    read += workbench.transcript(transcript.name()).turns().size();
                    read += workbench.codings(transcript.name()).size();
                }
                readSeconds = (System.nanoTime() - t) / 1e9;
                if (read != turns + shape.codings()) {
                    throw new IllegalStateException("read " + read + " turns and codings back, not " + (turns + shape.codings()));
                }
            }
            build.samples().forEach(s -> buildSeconds.add(s.nanos() / 1e9));
            long indexBytes = folderSize(report[0].location());
            phases.add(new Phase("index build", build.medianMillis() / 1e3, build.maxPeakHeapBytes(), buildAfterGc));
            log("index build: %s s, %,.0f turns/s, %.0f MB on disk, peak heap %.0f MB; reading the corpus as it does "
                    + "took %.1f s", buildSeconds.stream().map(s -> String.format(Locale.ROOT, "%.1f", s)).toList(),
                    turns / buildSeconds.get(0), indexBytes / 1e6, build.maxPeakHeapBytes() / 1e6, readSeconds);

            // FTS5, in a database of its own beside the project.
            Path ftsFile = work.resolve("fts5.sqlite");
            SqlBaselines.FtsBuild fts = SqlBaselines.buildFts(project, ftsFile);
            fts = fts.withBytes(SqlBaselines.sizeOnDisk(ftsFile));
            log("FTS5 build: %.1f s (stemmed %.1f, exact %.1f, optimize %.1f), %.0f MB", fts.seconds(), fts.stemmedSeconds(),
                    fts.exactSeconds(), fts.optimizeSeconds(), fts.bytes() / 1e6);

            List<Check> checks = new ArrayList<>();
            Map<QueryMix.Kind, KindFigures> kinds = new EnumMap<>(QueryMix.Kind.class);
            Trials.Measurement cooccurrence;
            Trials.Measurement lag;
            double cooccurrenceSql;
            double lagSql;
            CooccurrenceTable[] cooccurrenceTable = new CooccurrenceTable[1];
            LagTable[] lagTable = new LagTable[1];
            long codingRows;
            try (Workbench workbench = Workbench.open(project); SqlBaselines sql = SqlBaselines.open(project, ftsFile)) {
                try (var s = sql.project().createStatement()) {
                    codingRows = SqlBaselines.single(s, "SELECT count(*) FROM codings");
                    long spanning = SqlBaselines.single(s, "SELECT count(*) FROM codings WHERE end_turn <> start_turn");
                    if (spanning != 0 || codingRows != shape.codings()) {
                        throw new IllegalStateException("the project holds " + codingRows + " codings (" + spanning
                                + " over several turns), the generator made " + shape.codings() + " whole-turn codings");
                    }
                }
                Map<QueryMix.Kind, Double> firstMillis = new EnumMap<>(QueryMix.Kind.class);
                HeapPeak peak = HeapPeak.start();
                try (HeapAfterCollections after = HeapAfterCollections.start()) {
                    long t = System.nanoTime();
                    for (QueryMix.Variant v : QueryMix.VARIANTS) {
                        long q = System.nanoTime();
                        SearchResult result = search(workbench, v);
                        firstMillis.putIfAbsent(v.kind(), (System.nanoTime() - q) / 1e6);
                        checks.add(check(v, result, sql));
                    }
                    log("checked every question of the mix against the baselines");
                    for (QueryMix.Kind kind : QueryMix.Kind.values()) {
                        List<QueryMix.Variant> variants = QueryMix.of(kind);
                        Latencies attune = measure(variants, v -> search(workbench, v), ATTUNE_WARM_UPS, ATTUNE_RUNS,
                                ATTUNE_BUDGET_SECONDS);
                        log("%s: Attune p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d runs)", kind.label, attune.p50(), attune.p95(),
                                attune.p99(), attune.runs());
                        kinds.put(kind, new KindFigures(kind, firstMillis.get(kind), attune, null, null, null));
                    }
                    phases.add(new Phase("queries through Workbench.search", (System.nanoTime() - t) / 1e9, peak.peakBytes(),
                            after.mostBytes()));
                }

                // Where the time of a search goes: the same questions asked of the index alone, the
                // vocabulary made once.
                List<String> coders = workbench.coders().stream().map(CoderSummary::name).toList();
                QueryVocabulary vocabulary = QueryVocabulary.of(workbench.codebook().orElseThrow().codebook(), coders);
                try (CorpusIndex index = CorpusIndex.open(CorpusIndex.locationOf(project), false)) {
                    for (QueryMix.Kind kind : QueryMix.Kind.values()) {
                        Latencies alone = measure(QueryMix.of(kind), v -> index.search(request(v), vocabulary), ATTUNE_WARM_UPS,
                                ATTUNE_RUNS, ATTUNE_BUDGET_SECONDS);
                        log("%s: index alone p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d runs)", kind.label, alone.p50(),
                                alone.p95(), alone.p99(), alone.runs());
                        KindFigures k = kinds.get(kind);
                        kinds.put(kind, new KindFigures(kind, k.attuneFirstMillis(), k.attune(), alone, null, null));
                    }
                }

                for (QueryMix.Kind kind : QueryMix.Kind.values()) {
                    List<QueryMix.Variant> variants = QueryMix.of(kind);
                    Latencies like;
                    Latencies ftsTimes = null;
                    if (kind.hasText()) {
                        // No warm-up round: the check run asked each question once already.
                        like = measure(variants, sql::like, 0, LIKE_RUNS, LIKE_BUDGET_SECONDS);
                        ftsTimes = measure(variants, sql::fts, 0, FTS_RUNS, FTS_BUDGET_SECONDS);
                        log("%s: LIKE p50 %.1f ms, p95 %.1f ms (%d runs); FTS5 p50 %.1f ms, p95 %.1f ms (%d runs)", kind.label,
                                like.p50(), like.p95(), like.runs(), ftsTimes.p50(), ftsTimes.p95(), ftsTimes.runs());
                    } else {
                        like = measure(variants, sql::sql, 0, FTS_RUNS, FTS_BUDGET_SECONDS);
                        log("%s: SQL p50 %.1f ms, p95 %.1f ms (%d runs)", kind.label, like.p50(), like.p95(), like.runs());
                    }
                    KindFigures k = kinds.get(kind);
                    kinds.put(kind, new KindFigures(kind, k.attuneFirstMillis(), k.attune(), k.indexAlone(), like, ftsTimes));
                }

                // The tables, through the workbench, and their SQL baselines (run once: they are slow).
                long t = System.nanoTime();
                Map<String, Long> cooccurrenceCounts = TableBaselines.pairs(sql.project(), TableBaselines.COOCCURRENCE_SQL);
                cooccurrenceSql = (System.nanoTime() - t) / 1e9;
                t = System.nanoTime();
                Map<String, Long> lagCounts = TableBaselines.pairs(sql.project(), TableBaselines.LAG_SQL);
                lagSql = (System.nanoTime() - t) / 1e9;
                try (HeapAfterCollections after = HeapAfterCollections.start()) {
                    cooccurrence = Trials.measure(1, TABLE_RUNS, () -> new Trials.Run() {
                        @Override
                        public void run() {
                            cooccurrenceTable[0] = workbench.cooccurrence(null, 0, Progress.NONE);
                        }

                        @Override
                        public void check() {
                            TableBaselines.requireSame(cooccurrenceTable[0], cooccurrenceCounts);
                        }
                    });
                    lag = Trials.measure(1, TABLE_RUNS, () -> new Trials.Run() {
                        @Override
                        public void run() {
                            lagTable[0] = workbench.sequences(null, 1, Role.THERAPIST, Role.CLIENT, Progress.NONE);
                        }

                        @Override
                        public void check() {
                            TableBaselines.requireSame(lagTable[0], lagCounts);
                        }
                    });
                    phases.add(new Phase("co-occurrence and lag-1 tables", (cooccurrence.medianMillis() + lag.medianMillis()) / 1e3,
                            Math.max(cooccurrence.maxPeakHeapBytes(), lag.maxPeakHeapBytes()), after.mostBytes()));
                }
                log("co-occurrence (window 0, all coders): median %.0f ms of %d runs, SQL %.1f s; lag-1 therapist -> client: "
                        + "median %.0f ms, SQL %.1f s", cooccurrence.medianMillis(), TABLE_RUNS, cooccurrenceSql,
                        lag.medianMillis(), lagSql);
            }

            Figures figures = new Figures(turns, shape, projectBytes, codingRows, setupSeconds, buildSeconds, report[0], indexBytes,
                    build.maxPeakHeapBytes(), buildAfterGc, build.medianCollectionPauseMillis(), readSeconds, fts, checks, kinds, cooccurrence,
                    cooccurrenceSql, cooccurrenceTable[0].codes().size(), lag, lagSql, lagTable[0].total(), phases,
                    whole.mostBytes());
            String section = SearchBenchmarkSection.markdown(LocalDate.now(), machine, figures);
            System.out.println();
            System.out.println(section);
            if (turns == TURNS) {
                BenchmarkReport.writeSection(document, SECTION_ID, section);
                log("wrote the '%s' section of %s (%.0f s in all)", SECTION_ID, document, (System.nanoTime() - start) / 1e9);
            } else {
                log("%,d turns, not %,d: %s left as it was (%.0f s in all)", turns, TURNS, document,
                        (System.nanoTime() - start) / 1e9);
            }
        } finally {
            ImportBenchmark.deleteRecursively(work);
        }
    }

    private static SearchRequest request(QueryMix.Variant v) {
        return new SearchRequest(v.attune(), null, LIMIT, ResultOrder.TRANSCRIPT, v.kind() == QueryMix.Kind.FACETS, false);
    }

    private static SearchResult search(Workbench workbench, QueryMix.Variant v) {
        return workbench.search(request(v), Progress.NONE);
    }

    /** Asks the question of Attune and the baselines, and checks that the answers agree as they should. */
    private static Check check(QueryMix.Variant v, SearchResult attune, SqlBaselines sql) throws Exception {
        List<String> attuneFirst = attune.hits().stream().map(SearchBenchmark::key).toList();
        if (attuneFirst.size() != Math.min(LIMIT, attune.total())) {
            throw failure(v, "Attune returned " + attuneFirst.size() + " hits of " + attune.total());
        }
        SqlBaselines.Answer like = sql.like(v);
        SqlBaselines.Answer fts = sql.fts(v);
        String relation;
        switch (v.kind()) {
            case WORD, FACETS -> {
                requireEqual(v, "FTS5", attune.total(), attuneFirst, fts);
                requireAtLeast(v, "LIKE", like.total(), attune.total());
                if (v.kind() == QueryMix.Kind.FACETS && !attune.facets().equals(fts.facets())) {
                    throw failure(v, "Attune's facets " + attune.facets() + " differ from FTS5's " + fts.facets());
                }
                relation = "FTS5 = Attune" + (v.kind() == QueryMix.Kind.FACETS ? " (facets too)" : "") + "; LIKE ≥ Attune";
            }
            case PHRASE -> {
                requireEqual(v, "FTS5", attune.total(), attuneFirst, fts);
                relation = "FTS5 = Attune; LIKE differs (see text)";
            }
            case PROXIMITY -> {
                requireAtLeast(v, "FTS5", fts.total(), attune.total());
                requireAtLeast(v, "LIKE (both words anywhere)", like.total(), fts.total());
                relation = "LIKE ≥ FTS5 ≥ Attune";
            }
            case CODE, SEQUENCE -> {
                requireEqual(v, "SQL", attune.total(), attuneFirst, like);
                relation = "SQL = Attune";
            }
            default -> throw new IllegalStateException(v.kind().toString());
        }
        if (attune.total() == 0) {
            throw failure(v, "no turn matches: the question measures nothing");
        }
        return new Check(v, attune.total(), like.total(), fts == null ? null : fts.total(), relation);
    }

    private static String key(SearchHit hit) {
        return hit.transcript() + "#" + hit.turn();
    }

    private static void requireEqual(QueryMix.Variant v, String baseline, long total, List<String> first, SqlBaselines.Answer answer) {
        if (answer.total() != total || !answer.first().equals(first)) {
            throw failure(v, "Attune finds " + total + " turns, first " + first + "; " + baseline + " finds " + answer.total()
                    + ", first " + answer.first());
        }
    }

    private static void requireAtLeast(QueryMix.Variant v, String baseline, long more, long fewer) {
        if (more < fewer) {
            throw failure(v, baseline + " finds " + more + " turns, fewer than the " + fewer + " it should find at least");
        }
    }

    private static IllegalStateException failure(QueryMix.Variant v, String what) {
        return new IllegalStateException(v.kind().label + " question " + v.attune() + ": " + what);
    }

    @FunctionalInterface
    interface Ask {
        Object ask(QueryMix.Variant v) throws Exception;
    }

    /**
     * Asks the variants in turn, {@code warmUps} rounds first (or fewer, if they take over
     * {@value #ATTUNE_WARM_UP_SECONDS} s), then timed until {@code maxRuns} answers or the budget
     * is spent, but always at least one round.
     */
    static Latencies measure(List<QueryMix.Variant> variants, Ask ask, int warmUps, int maxRuns, double budgetSeconds)
            throws Exception {
        long deadline = System.nanoTime() + (long) (Math.min(budgetSeconds, ATTUNE_WARM_UP_SECONDS) * 1e9);
        for (int round = 0; round < warmUps && System.nanoTime() < deadline; round++) {
            for (QueryMix.Variant v : variants) {
                Objects.requireNonNull(ask.ask(v));
            }
        }
        deadline = System.nanoTime() + (long) (budgetSeconds * 1e9);
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < maxRuns && (i < variants.size() || System.nanoTime() < deadline); i++) {
            QueryMix.Variant v = variants.get(i % variants.size());
            long t = System.nanoTime();
            Object answer = ask.ask(v);
            nanos.add(System.nanoTime() - t);
            Objects.requireNonNull(answer);
        }
        return Latencies.of(nanos);
    }

    static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    static void log(String format, Object... args) {
        System.out.println("[search-benchmark] " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
