package org.attune.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.attune.agreement.AgreementLine;
import org.attune.agreement.AgreementReport;
import org.attune.agreement.CodingColumns;
import org.attune.agreement.Comparison;
import org.attune.agreement.Disagreement;
import org.attune.agreement.RatingTable;
import org.attune.agreement.UnitListener;
import org.attune.agreement.SpanReport;
import org.attune.agreement.SpanUnits;
import org.attune.agreement.Subject;
import org.attune.agreement.TurnUnits;
import org.attune.model.AttuneException;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.Role;
import org.attune.model.Turn;
import org.attune.model.TranscriptSummary;
import org.attune.exchange.TableExport;
import org.attune.store.ProjectStore;
import org.attune.store.TranscriptCodings;

/** Inter-rater agreement on a project's codings: which units, which coders, and the report. */
final class AgreementWork {

    private final ProjectStore store;
    private final CodebookEditor codebooks;

    AgreementWork(ProjectStore store, CodebookEditor codebooks) {
        this.store = store;
        this.codebooks = codebooks;
    }

    AgreementReport agreement(AgreementRequest request, Progress progress) {
        Plan plan = plan(request);
        Map<String, List<AgreementLine>> byTranscript = new TreeMap<>();
        TurnUnits units = walk(plan, null, request.byTranscript() ? byTranscript : null, progress);
        return report(request, plan, units, byTranscript);
    }

    /** Marks transcripts done by a coder, or takes the marks back; returns how many changed. */
    int markDone(String coder, List<String> transcripts, boolean done, java.time.Instant at) {
        String who = coderName(coder, store.coderNames());
        Set<String> known = new HashSet<>();
        store.transcripts().forEach(t -> known.add(t.name()));
        if (transcripts.isEmpty()) {
            throw new AttuneException("name the transcripts " + who + " has finished");
        }
        for (String t : transcripts) {
            if (!known.contains(t)) {
                throw new AttuneException("no transcript named '" + t + "' in " + store.path().getFileName());
            }
        }
        return store.edit(edit -> {
            int changed = 0;
            for (String t : transcripts) {
                changed += edit.markDone(who, t, done, at) ? 1 : 0;
            }
            return changed;
        });
    }

    /** Spans as units: alpha_u per code and overall, and the overlap match of each pair of coders. */
    SpanReport spans(AgreementRequest request, double share, Progress progress) {
        if (!(share > 0 && share <= 1)) {
            throw new InputException(Input.OVERLAP, "the overlap is a share above 0 and at most 1, such as 0.5; got " + share);
        }
        Plan plan = plan(request);
        Set<String> codes = new HashSet<>();
        for (String subject : plan.subjects()) {
            plan.codebook().group(subject).ifPresentOrElse(g -> g.codes().forEach(c -> codes.add(c.id())), () -> codes.add(subject));
        }
        SpanUnits units = new SpanUnits(plan.coders(), codes);
        try {
            int done = 0;
            for (TranscriptSummary summary : plan.transcripts()) {
                progress.update(done++, plan.transcripts().size(), "reading " + summary.name());
                List<Turn> turns = store.transcript(summary.name()).orElseThrow().turns();
                units.add(summary.name(), turns.stream().mapToInt(Turn::codePoints).toArray(),
                        store.codingsOfTranscript(summary.name()));
            }
        } finally {
            progress.finished();
        }
        int version = store.codebook().map(v -> v.version()).orElse(0);
        return new SpanReport(plan.coders(), version, SpanUnits.RULES, share, units.counted(), units.alpha(), units.overlaps(share));
    }

    /** The units where the coders differ, in transcript and turn order. */
    List<Disagreement> disagreements(AgreementRequest request, Progress progress) {
        List<Disagreement> found = new ArrayList<>();
        walk(plan(request), collecting(found), null, progress);
        return found;
    }

    private static Listening collecting(List<Disagreement> found) {
        return (units, turns) -> (transcript, turn, comparison, id, ratings) -> {
            if (differ(ratings)) {
                List<String> categories = units.categories(comparison, id);
                List<String> named = new ArrayList<>();
                for (int r : ratings) {
                    named.add(r == RatingTable.MISSING ? null : categories.get(r));
                }
                found.add(new Disagreement(transcript, turn, comparison, id, named, turns.get(turn - 1).text()));
            }
        };
    }

    /** The report as a workbook: summary, a sheet per exclusive group, confusion matrices, disagreements, parameters. */
    AgreementReport exportWorkbook(AgreementRequest request, Path out, Progress progress) {
        Plan plan = plan(request);
        List<Disagreement> found = new ArrayList<>();
        Map<String, List<AgreementLine>> byTranscript = new TreeMap<>();
        TurnUnits units = walk(plan, collecting(found), request.byTranscript() ? byTranscript : null, progress);
        AgreementReport report = report(request, plan, units, byTranscript);
        TableExport.writeWorkbook(out, AgreementWorkbook.sheets(report, plan.codebook(), found));
        return report;
    }

    /** Each unit's ratings, one row per coder: unit, transcript, turn, coder, code, value, compared. */
    void exportLong(AgreementRequest request, Path out, Progress progress) {
        Plan plan = plan(request);
        List<List<Object>> rows = new ArrayList<>();
        walk(plan, (units, turns) -> (transcript, turn, comparison, id, ratings) -> {
            List<String> categories = units.categories(comparison, id);
            for (int c = 0; c < ratings.length; c++) {
                if (ratings[c] != RatingTable.MISSING) {
                    rows.add(List.of(transcript + ":" + turn, transcript, turn, plan.coders().get(c), id,
                            value(comparison, categories, ratings[c]), comparison.label()));
                }
            }
        }, null, progress);
        TableExport.write(out, List.of("unit", "transcript", "turn", "coder", "code", "value", "compared"), rows);
    }

    /** Each unit's ratings in one row, a column per coder, as irr, psych, SPSS and ReCal take them. */
    void exportWide(AgreementRequest request, Path out, Progress progress) {
        Plan plan = plan(request);
        List<List<Object>> rows = new ArrayList<>();
        walk(plan, (units, turns) -> (transcript, turn, comparison, id, ratings) -> {
            List<String> categories = units.categories(comparison, id);
            List<Object> row = new ArrayList<>(List.of(transcript + ":" + turn, transcript, turn, id, comparison.label()));
            for (int r : ratings) {
                row.add(r == RatingTable.MISSING ? null : value(comparison, categories, r));
            }
            rows.add(row);
        }, null, progress);
        List<String> header = new ArrayList<>(List.of("unit", "transcript", "turn", "code", "compared"));
        header.addAll(plan.coders());
        TableExport.write(out, header, rows);
    }

    /** Presence as 1 and 0, a level as its value, a choice as the code's id (or "none"). */
    private static Object value(Comparison comparison, List<String> categories, int rating) {
        return switch (comparison) {
            case PRESENCE, POOLED -> rating;
            case LEVEL -> new java.math.BigDecimal(categories.get(rating));
            case CHOICE -> categories.get(rating);
        };
    }

    private static boolean differ(int[] ratings) {
        int first = RatingTable.MISSING;
        int rated = 0;
        boolean differ = false;
        for (int r : ratings) {
            if (r == RatingTable.MISSING) {
                continue;
            }
            if (rated++ == 0) {
                first = r;
            } else if (r != first) {
                differ = true;
            }
        }
        return differ;
    }

    /** What a request resolves to: the codebook, the coders and subjects as the project names them, the transcripts. */
    record Plan(Codebook codebook, List<String> coders, Set<String> subjects, List<TranscriptSummary> transcripts,
                Map<String, List<String>> notDone, List<String> rules) {
    }

    Plan plan(AgreementRequest request) {
        Codebook codebook = codebooks.require();
        List<String> coders = coders(request.coders());
        Set<String> subjects = subjects(codebook, request.subjects());
        if (request.bootstrap() < 0) {
            throw new InputException(Input.BOOTSTRAP, "the bootstrap takes a number of samples, 0 or more; got " + request.bootstrap());
        }
        List<TranscriptSummary> transcripts = transcripts(request);
        Map<String, List<String>> notDone = new TreeMap<>();
        List<String> rules = TurnUnits.RULES;
        if (request.onlyDone()) {
            Map<String, Set<String>> done = new java.util.HashMap<>();
            coders.forEach(c -> done.put(c, store.transcriptsDone(c)));
            List<TranscriptSummary> kept = new ArrayList<>();
            for (TranscriptSummary t : transcripts) {
                List<String> missing = coders.stream().filter(c -> !done.get(c).contains(t.name())).toList();
                if (missing.isEmpty()) {
                    kept.add(t);
                } else {
                    notDone.put(t.name(), missing);
                }
            }
            transcripts = kept;
            rules = TurnUnits.RULES.stream().map(r -> r.startsWith("a transcript counts only")
                    ? "a transcript counts only when every compared coder has marked it done" : r).toList();
        }
        return new Plan(codebook, coders, subjects, transcripts, notDone, rules);
    }

    /** Gives the listener the transcript's turns before its units, so it can show their text. */
    @FunctionalInterface
    interface Listening {
        UnitListener forTranscript(TurnUnits units, List<Turn> turns);
    }

    /**
     * Reads the project's codings on this thread and counts them into units on another, so that
     * reading the file and counting overlap.
     */
    /**
     * @param byTranscript when not null, receives each counted transcript's own lines
     */
    TurnUnits walk(Plan plan, Listening listening, Map<String, List<AgreementLine>> byTranscript, Progress progress) {
        TurnUnits units = new TurnUnits(plan.codebook(), plan.coders(), plan.subjects());
        Set<String> wanted = new HashSet<>();
        plan.transcripts().forEach(t -> wanted.add(t.name()));
        record Work(TranscriptCodings codings, List<Turn> turns) {
        }
        Work end = new Work(null, null);
        BlockingQueue<Work> queue = new ArrayBlockingQueue<>(64);
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Thread counter = Thread.ofPlatform().name("attune-agreement").start(() -> {
            try {
                // Drains the queue to its end even after a failure, so that the reader never waits on a full queue.
                for (Work work = queue.take(); work != end; work = queue.take()) {
                    if (failed.get() != null) {
                        continue;
                    }
                    try {
                        TranscriptCodings t = work.codings();
                        boolean counted = units.add(t.transcript(), t.roles(), columns(t),
                                listening == null ? null : listening.forTranscript(units, work.turns()));
                        if (counted && byTranscript != null) {
                            TurnUnits alone = new TurnUnits(plan.codebook(), plan.coders(), plan.subjects());
                            alone.add(t.transcript(), t.roles(), columns(t), null);
                            byTranscript.put(t.transcript(), alone.subjects().stream().map(s -> AgreementLine.of(s, 0, 0)).toList());
                        }
                    } catch (RuntimeException e) {
                        failed.compareAndSet(null, e);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        try {
            // Two readers when no listener needs the turns' text, which only this thread's connection can read.
            store.visitCodings(plan.coders(), listening == null, transcript -> {
                if (!wanted.contains(transcript.transcript()) || failed.get() != null) {
                    return;
                }
                progress.update(done.getAndIncrement(), wanted.size(), "reading " + transcript.transcript());
                // Only a listener that shows text needs the turns themselves.
                List<Turn> turns = listening == null ? null : store.transcript(transcript.transcript()).orElseThrow().turns();
                put(queue, new Work(transcript, turns));
            });
        } finally {
            put(queue, end);
            try {
                counter.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            progress.finished();
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        return units;
    }

    private static <T> void put(BlockingQueue<T> queue, T item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AttuneException("interrupted while reading the codings");
        }
    }

    private static CodingColumns columns(TranscriptCodings t) {
        return new CodingColumns() {
            @Override
            public int size() {
                return t.size();
            }

            @Override
            public String coder(int i) {
                return t.coder()[i];
            }

            @Override
            public String code(int i) {
                return t.code()[i];
            }

            @Override
            public int startTurn(int i) {
                return t.startTurn()[i];
            }

            @Override
            public int endTurn(int i) {
                return t.endTurn()[i];
            }

            @Override
            public double value(int i) {
                return t.value()[i];
            }
        };
    }

    AgreementReport report(AgreementRequest request, Plan plan, TurnUnits units, Map<String, List<AgreementLine>> byTranscript) {
        List<Subject> lines = units.subjects();
        // Each line's bootstrap has a seed of its own, from the report's seed and the line, so a
        // line's interval does not depend on which other lines were asked for.
        List<AgreementLine> computed = IntStream.range(0, lines.size()).parallel()
                .mapToObj(i -> AgreementLine.of(lines.get(i), request.bootstrap(), lineSeed(request.seed(), lines.get(i))))
                .toList();
        int version = store.codebook().map(v -> v.version()).orElse(0);
        Map<String, List<String>> leftOut = new TreeMap<>(units.leftOut());
        leftOut.putAll(plan.notDone());
        return new AgreementReport("turn", plan.coders(), version, plan.rules(), request.bootstrap(), request.seed(),
                units.counted(), leftOut, new ArrayList<>(computed), java.util.Collections.unmodifiableMap(byTranscript));
    }

    private static long lineSeed(long seed, Subject subject) {
        return seed ^ ((long) (subject.comparison() + ":" + subject.id()).hashCode() << 32);
    }

    private List<String> coders(List<String> asked) {
        if (asked.size() < 2) {
            throw new InputException(Input.CODERS, "agreement compares two coders or more: give two or more");
        }
        List<String> known = store.coderNames();
        List<String> out = new ArrayList<>();
        for (String name : asked) {
            String found = coderName(name, known);
            if (out.contains(found)) {
                throw new InputException(Input.CODERS, "coder " + found + " is named twice");
            }
            out.add(found);
        }
        return out;
    }

    private String coderName(String name, List<String> known) {
        return known.stream().filter(k -> k.equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new AttuneException("no coder named '" + name.strip() + "' in "
                        + store.path().getFileName() + "; its coders are " + (known.isEmpty() ? "none yet" : String.join(", ", known))));
    }

    private static Set<String> subjects(Codebook codebook, List<String> asked) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : asked) {
            String id = name.strip().toLowerCase(Locale.ROOT);
            boolean group = codebook.group(id).isPresent();
            String code = codebook.findCode(name.strip()).map(c -> c.id()).orElse(null);
            if (!group && code == null) {
                throw new AttuneException("no code or group '" + name.strip() + "' in the codebook; its groups are "
                        + String.join(", ", codebook.groups().stream().map(CodeGroup::id).toList()));
            }
            out.add(group ? id : code);
        }
        return out;
    }

    /** The transcripts a request covers: those named, of the dyads named, or all. */
    List<TranscriptSummary> transcripts(AgreementRequest request) {
        List<TranscriptSummary> all = store.transcripts();
        Set<String> names = new HashSet<>();
        all.forEach(t -> names.add(t.name()));
        for (String name : request.transcripts()) {
            if (!names.contains(name)) {
                throw new AttuneException("no transcript named '" + name + "' in " + store.path().getFileName());
            }
        }
        Set<String> dyads = new HashSet<>();
        all.forEach(t -> dyads.add(t.session().dyad()));
        for (String dyad : request.dyads()) {
            if (!dyads.contains(dyad)) {
                throw new AttuneException("no dyad '" + dyad + "' in " + store.path().getFileName());
            }
        }
        return all.stream()
                .filter(t -> request.transcripts().isEmpty() || request.transcripts().contains(t.name()))
                .filter(t -> request.dyads().isEmpty() || request.dyads().contains(t.session().dyad()))
                .toList();
    }
}
