package org.attune.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attune.model.Role;

/** The search benchmark's section of {@code docs/benchmarks.md}, from its figures. */
final class SearchBenchmarkSection {

    private SearchBenchmarkSection() {
    }

    static String markdown(LocalDate date, MachineDescription machine, SearchBenchmark.Figures f) {
        StringBuilder out = new StringBuilder();
        CorpusShape c = f.shape();
        out.append("## Corpus search\n\n");
        out.append("Measured on ").append(date).append(" by `org.attune.bench.SearchBenchmark`. Regenerate with `")
                .append(SearchBenchmark.COMMAND).append("` (with the import benchmark), or this benchmark alone with `")
                .append(SearchBenchmark.COMMAND_ALONE).append("`; add `-Dattune.bench.turns=50000` for a quick run that ")
                .append("prints its figures without writing them here.\n\n");

        out.append("**The corpus.** A generated, coded corpus (`CodedCorpusGenerator`, fixed seed, so every run has the same ")
                .append("text and codings) of ").append(number(c.turns())).append(" turns in ").append(number(c.sessions()))
                .append(" sessions (").append(number(c.shortestSession())).append("-").append(number(c.longestSession()))
                .append(" turns each) of ").append(number(c.dyads())).append(" dyads, each dyad one therapist (of 12) and ")
                .append("one client seen weekly for 8-18 sessions, with dyad, session number and date set: ")
                .append(number(c.turns(Role.THERAPIST))).append(" therapist, ").append(number(c.turns(Role.CLIENT)))
                .append(" client and ").append(number(c.turns(Role.OTHER))).append(" other turns (a partner, an interpreter); ")
                .append(number(c.sameSpeakerRuns())).append(" turns follow a turn of the same speaker. ")
                .append(number(c.words())).append(" words, ").append(oneDecimal(c.meanWords())).append(" a turn on average, ")
                .append("median ").append(c.medianWords()).append(", longest ").append(c.longestTurnWords()).append("; ")
                .append(percent(c.shareOfTurnsWithAtLeast(60))).append(" of turns have 60 words or more. The text is the import ")
                .append("benchmark's (backchannels, short therapist turns, long client stretches, fillers, curly apostrophes) ")
                .append("over its vocabulary plus family and feeling words, so that the mix's words and phrases occur at ")
                .append("plausible rates (the totals are in *Answers checked*). ")
                .append(number(c.codings())).append(" whole-turn codings with the Conversational Model codebook (42 codes in 8 ")
                .append("groups) by two coders, ").append(number(c.codings(CodedCorpusGenerator.FIRST_CODER))).append(" by ")
                .append(CodedCorpusGenerator.FIRST_CODER).append(" and ").append(number(c.codings(CodedCorpusGenerator.SECOND_CODER)))
                .append(" by ").append(CodedCorpusGenerator.SECOND_CODER).append(": every therapist turn one therapist-form code ")
                .append("and often PIT features or Meares moves (amplification on about one therapist turn in ten, more often ")
                .append("followed by a client self-state shift), every client turn one client-form code (script, chronicle, ")
                .append("narrative) and mostly an Experiencing level (1-7), now and then a rupture marker; exclusive groups and ")
                .append("the groups' roles kept. ").append(CodedCorpusGenerator.SECOND_CODER).append(" made the same coding as ")
                .append(CodedCorpusGenerator.FIRST_CODER).append(" for ").append(percent(c.agreement())).append(" of ")
                .append(CodedCorpusGenerator.FIRST_CODER).append("'s codings (the same form code on ")
                .append(percent(c.formAgreement())).append(" of turns, the same Experiencing level on ")
                .append(percent(c.levelAgreement())).append(").\n\n");
        out.append("**Set-up, not measured.** The project file (").append(megabytes(f.projectBytes())).append(") was made in ")
                .append(oneDecimal(f.setupSeconds())).append(" s, generation included: `Workbench.create` and `useCodebook`, ")
                .append("the transcripts through `ProjectStore.addTranscripts` in batches, the ").append(number(f.codingRows()))
                .append(" codings rows with plain JDBC into the documented `codings` table (the store's `putCoding` prepares ")
                .append("a statement per coding: too slow for set-up at this size).\n\n");

        out.append("**Machine.**\n\n").append(machine.markdown()).append('\n');

        // ---- build
        out.append("### Index build\n\n");
        out.append("`Workbench.index(true, Progress.NONE)` on a freshly opened project, the whole call timed: it reads every ")
                .append("transcript and its codings from the project file and indexes them on all cores, then commits. ")
                .append(f.buildSeconds().size() == 1 ? "One build, in a JVM that had only generated the corpus before (so the "
                        + "JIT compiles the indexing code during the build, as in `attune index --rebuild`)."
                        : f.buildSeconds().size() + " builds, one after the other in the same JVM; the median is used.")
                .append(" FTS5, for comparison: two contentless tables over the same text (stemmed `")
                .append(SqlBaselines.STEMMED_TOKENIZER).append("` for words; unstemmed `").append(SqlBaselines.EXACT_TOKENIZER)
                .append("` for phrases and proximity, as Attune keeps a stemmed and an exact field), each filled by one ")
                .append("`INSERT ... SELECT` from the project's turns and merged by `optimize`, in a database file of its own.\n\n");
        double build = median(f.buildSeconds());
        MarkdownTable builds = new MarkdownTable("what", "time s>", "turns/s>", "size on disk>", "peak heap MB>",
                "most heap after a GC MB>", "GC pauses ms>");
        builds.row("Attune index build" + (f.buildSeconds().size() > 1 ? " (runs: " + f.buildSeconds().stream()
                        .map(SearchBenchmarkSection::oneDecimal).toList() + ")" : ""), oneDecimal(build), number(f.turns() / build),
                megabytes(f.indexBytes()), number(f.buildPeakHeap() / 1e6), number(f.buildHeapAfterGc() / 1e6),
                number(f.buildPauseMillis()));
        builds.row("FTS5 build (stemmed " + oneDecimal(f.fts().stemmedSeconds()) + " s, exact " + oneDecimal(f.fts().exactSeconds())
                        + " s, optimize " + oneDecimal(f.fts().optimizeSeconds()) + " s)", oneDecimal(f.fts().seconds()),
                number(f.turns() / f.fts().seconds()), megabytes(f.fts().bytes()), "-", "-", "-");
        builds.row("the project file itself (turns, codings, their indexes)", "-", "-", megabytes(f.projectBytes()), "-", "-", "-");
        out.append(builds.markdown()).append('\n');
        out.append("Attune's index keeps a copy of every turn's text (stored, for hits and KWIC) and two inverted fields with ")
                .append("positions and offsets; the FTS5 tables keep no text (contentless), only their inverted lists. ")
                .append("What the build reads from the project file (for each transcript, `Workbench.transcript` and ")
                .append("`Workbench.codings`, the store's calls the rebuild makes), read again alone on one thread after it: ")
                .append(oneDecimal(f.readSeconds())).append(" s. The rebuild reads on the thread that calls it, which also ")
                .append("indexes when the other threads are busy.\n\n");

        // ---- queries
        out.append("### Query latency\n\n");
        out.append("The fixed mix: six kinds of question, each in ").append(QueryMix.of(QueryMix.Kind.WORD).size())
                .append(" variants (other words, other codes) asked in turn, so that no one cached answer flatters a kind. ")
                .append("Attune answers through `Workbench.search` on a project opened afresh after the build, the first ")
                .append(SearchBenchmark.LIMIT).append(" hits in transcript order with their highlighted fragments, facets only ")
                .append("for the facet question, as `attune search` and the search window ask. Every question was asked once ")
                .append("to check the answers (*first run*, the first question of each kind), then each kind warmed up with ")
                .append(SearchBenchmark.ATTUNE_WARM_UPS).append(" rounds of its variants, then timed for up to ")
                .append(SearchBenchmark.ATTUNE_RUNS).append(" runs or ").append(number(SearchBenchmark.ATTUNE_BUDGET_SECONDS))
                .append(" s. The baselines answer the same questions with sqlite-jdbc on the same project file: the total and ")
                .append("the first ").append(SearchBenchmark.LIMIT).append(" turns in transcript order, in one statement ")
                .append("(`count(*) OVER ()` beside `ORDER BY dyad, session, transcript, turn LIMIT ")
                .append(SearchBenchmark.LIMIT).append("`), 64 MB page cache as Attune's connections have; the LIKE scan up to ")
                .append(SearchBenchmark.LIKE_RUNS).append(" runs or ").append(number(SearchBenchmark.LIKE_BUDGET_SECONDS))
                .append(" s a kind (it takes seconds), FTS5 and plain SQL up to ").append(SearchBenchmark.FTS_RUNS)
                .append(" runs or ").append(number(SearchBenchmark.FTS_BUDGET_SECONDS)).append(" s, after one round. ")
                .append("Percentiles are nearest-rank over all runs of a kind: with ").append(SearchBenchmark.LIKE_RUNS)
                .append(" runs, p95 and p99 are the slowest run. *× LIKE* and *× FTS5* are the baseline's p50 divided by ")
                .append("Attune's: how many times faster Attune answers.\n\n");
        MarkdownTable latency = new MarkdownTable("kind", "example", "Attune p50 ms>", "p95 ms>", "p99 ms>", "runs>",
                "first run ms>", "LIKE or SQL p50 ms>", "p95 ms>", "runs>", "FTS5 p50 ms>", "p95 ms>", "runs>",
                "× LIKE>", "× FTS5>");
        for (SearchBenchmark.KindFigures k : f.kinds().values()) {
            Latencies a = k.attune();
            Latencies like = k.like();
            Latencies fts = k.fts();
            latency.row(k.kind().label, "`" + QueryMix.of(k.kind()).get(0).attune() + "`", millis(a.p50()), millis(a.p95()),
                    millis(a.p99()), a.runs(), millis(k.attuneFirstMillis()),
                    (k.kind().hasText() ? "" : "SQL ") + millis(like.p50()), millis(like.p95()), like.runs(),
                    fts == null ? "-" : millis(fts.p50()), fts == null ? "-" : millis(fts.p95()), fts == null ? "-" : fts.runs(),
                    ratio(like.p50() / a.p50()), fts == null ? "-" : ratio(fts.p50() / a.p50()));
        }
        out.append(latency.markdown()).append('\n');
        out.append("What each baseline asks, and where it means something else than Attune:\n\n");
        for (QueryMix.Kind kind : QueryMix.Kind.values()) {
            out.append("- *").append(kind.label).append("* (").append(kind.meaning).append("): ").append(kind.differences)
                    .append(".\n");
        }
        out.append('\n');

        out.append("**Where a search's time goes.** The same questions asked of the index alone (`CorpusIndex.search`, the ")
                .append("index folder opened read-only, with the query vocabulary of codebook and coders made once), beside ")
                .append("`Workbench.search`, which before every search reads the project's change stamp (one row of the ")
                .append("project file) to know that the index and its query vocabulary are current, and makes the vocabulary ")
                .append("again only after the project has changed. The difference is what that costs a search.\n\n");
        MarkdownTable where = new MarkdownTable("kind", "Workbench.search p50 ms>", "p95 ms>", "index alone p50 ms>", "p95 ms>",
                "p99 ms>", "runs>", "Workbench minus index, p50 ms>");
        for (SearchBenchmark.KindFigures k : f.kinds().values()) {
            where.row(k.kind().label, millis(k.attune().p50()), millis(k.attune().p95()), millis(k.indexAlone().p50()),
                    millis(k.indexAlone().p95()), millis(k.indexAlone().p99()), k.indexAlone().runs(),
                    millis(k.attune().p50() - k.indexAlone().p50()));
        }
        out.append(where.markdown()).append('\n');

        out.append("**Answers checked.** Before any timing every question's total was compared with the baselines' as below, ")
                .append("and where they must agree, so were the first ").append(SearchBenchmark.LIMIT)
                .append(" hits, turn by turn in the same order (and, for the facet question, every facet count, against ")
                .append("FTS5's); the benchmark fails if any differs. The co-occurrence and lag tables were compared cell by ")
                .append("cell with SQL's after every timed run.\n\n");
        MarkdownTable checks = new MarkdownTable("kind", "query", "Attune turns>", "LIKE or SQL turns>", "FTS5 turns>", "checked");
        for (SearchBenchmark.Check check : f.checks()) {
            checks.row(check.variant().kind().label, "`" + check.variant().attune() + "`", number(check.attune()),
                    number(check.like()), check.fts() == null ? "-" : number(check.fts()), check.relation());
        }
        out.append(checks.markdown()).append('\n');

        // ---- tables
        out.append("### Co-occurrence and lag tables\n\n");
        out.append("`Workbench.cooccurrence(null, 0, ...)` (all coders, the same turn) and `Workbench.sequences(null, 1, ")
                .append("THERAPIST, CLIENT, ...)` (lag 1, therapist turn to the next client turn), each the median of ")
                .append(SearchBenchmark.TABLE_RUNS).append(" runs after one warm-up. The baseline is the SQL a user would ")
                .append("write on the project file, run once: the distinct coded turns (`SELECT DISTINCT transcript_id, ")
                .append("start_turn, code_id FROM codings`, materialized) joined to themselves on the same turn, or on turn + 1 ")
                .append("with the turns' roles, and grouped by the pair of codes.\n\n");
        MarkdownTable tables = new MarkdownTable("table", "cells", "Attune median ms>", "fastest-slowest ms>", "peak heap MB>",
                "SQL baseline ms>", "× SQL>");
        tables.row("co-occurrence, window 0", f.cooccurrenceCodes() + " × " + f.cooccurrenceCodes() + " codes",
                number(f.cooccurrence().medianMillis()), number(f.cooccurrence().minMillis()) + "-" + number(f.cooccurrence().maxMillis()),
                number(f.cooccurrence().maxPeakHeapBytes() / 1e6), number(f.cooccurrenceSqlSeconds() * 1e3),
                ratio(f.cooccurrenceSqlSeconds() * 1e3 / f.cooccurrence().medianMillis()));
        tables.row("lag 1, therapist → client", number(f.lagTransitions()) + " transitions", number(f.lag().medianMillis()),
                number(f.lag().minMillis()) + "-" + number(f.lag().maxMillis()), number(f.lag().maxPeakHeapBytes() / 1e6),
                number(f.lagSqlSeconds() * 1e3), ratio(f.lagSqlSeconds() * 1e3 / f.lag().medianMillis()));
        out.append(tables.markdown()).append('\n');

        // ---- heap
        out.append("### Heap\n\n");
        out.append("The benchmark runs in one JVM with `-Xmx1g`. *Peak heap* is `HeapPeak`'s: the heap pools' peaks, reset ")
                .append("after a full collection at the start of the phase (of each timed run, for the build and the tables), ")
                .append("summed: it includes garbage not yet collected, so it is an upper bound, and G1 lets garbage grow ")
                .append("towards the limit before it collects. *Most heap after a GC* is the largest heap in use right after ")
                .append("any collection in the phase (from the collectors' notifications): close to the most live data the ")
                .append("phase held. The SQLite baselines' memory is native, not heap, and not counted.\n\n");
        MarkdownTable heap = new MarkdownTable("phase", "time s>", "peak heap MB>", "most heap after a GC MB>");
        for (SearchBenchmark.Phase phase : f.phases()) {
            heap.row(phase.name(), oneDecimal(phase.seconds()), number(phase.peakHeapBytes() / 1e6),
                    number(phase.heapAfterCollectionsBytes() / 1e6));
        }
        heap.row("the whole run", "-", number(wholePeak(f) / 1e6), number(f.wholeHeapAfterGc() / 1e6));
        out.append(heap.markdown()).append('\n');

        // ---- targets
        out.append("### Targets (issue 4, on a 2-core machine)\n\n");
        for (String line : targets(f, build)) {
            out.append("- ").append(line).append('\n');
        }
        out.append('\n');
        return out.toString();
    }

    private static List<String> targets(SearchBenchmark.Figures f, double build) {
        List<String> lines = new ArrayList<>();
        lines.add(target("build " + number(f.turns()) + " turns in under " + number(SearchBenchmark.TARGET_BUILD_SECONDS) + " s",
                build < SearchBenchmark.TARGET_BUILD_SECONDS, oneDecimal(build) + " s, " + number(f.turns() / build) + " turns/s"));
        for (SearchBenchmark.KindFigures k : f.kinds().values()) {
            lines.add(target("p95 under " + number(SearchBenchmark.TARGET_P95_MILLIS) + " ms, " + k.kind().label,
                    k.attune().p95() < SearchBenchmark.TARGET_P95_MILLIS, "p95 " + millis(k.attune().p95()) + " ms through "
                            + "Workbench.search (index alone: " + millis(k.indexAlone().p95()) + " ms)"));
        }
        double tables = (f.cooccurrence().medianMillis() + f.lag().medianMillis()) / 1e3;
        lines.add(target("co-occurrence and lag tables in under " + number(SearchBenchmark.TARGET_TABLE_SECONDS) + " s",
                tables < SearchBenchmark.TARGET_TABLE_SECONDS, millis(f.cooccurrence().medianMillis()) + " ms + "
                        + millis(f.lag().medianMillis()) + " ms = " + String.format(Locale.ROOT, "%.2f", tables) + " s"));
        long heap = wholePeak(f);
        lines.add(target("heap under 1 GB", heap < SearchBenchmark.TARGET_HEAP_BYTES, "the whole run fits `-Xmx1g`; peak heap "
                + number(heap / 1e6) + " MB, most after a collection " + number(f.wholeHeapAfterGc() / 1e6) + " MB"));
        for (QueryMix.Kind kind : List.of(QueryMix.Kind.WORD, QueryMix.Kind.PHRASE)) {
            SearchBenchmark.KindFigures k = f.kinds().get(kind);
            double times = k.like().p50() / k.attune().p50();
            lines.add(target("at least " + number(SearchBenchmark.TARGET_LIKE_RATIO) + " times faster than the LIKE scan, "
                    + kind.label, times >= SearchBenchmark.TARGET_LIKE_RATIO, ratio(times) + " at p50 (LIKE "
                    + millis(k.like().p50()) + " ms, Attune " + millis(k.attune().p50()) + " ms); at p95 "
                    + ratio(k.like().p95() / k.attune().p95())));
        }
        return lines;
    }

    private static long wholePeak(SearchBenchmark.Figures f) {
        return f.phases().stream().mapToLong(SearchBenchmark.Phase::peakHeapBytes).max().orElse(0);
    }

    private static String target(String what, boolean met, String figure) {
        return what + ": " + (met ? "met" : "**not met**") + " (" + figure + ")";
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String millis(double value) {
        return value < 10 ? String.format(Locale.ROOT, "%.2f", value)
                : value < 100 ? String.format(Locale.ROOT, "%.1f", value) : number(value);
    }

    static String ratio(double value) {
        return value < 10 ? String.format(Locale.ROOT, "%.1f×", value) : String.format(Locale.ROOT, "%,.0f×", value);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MB", bytes / 1e6);
    }
}
