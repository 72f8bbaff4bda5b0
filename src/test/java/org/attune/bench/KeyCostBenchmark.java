package org.attune.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.Role;
import org.attune.model.Span;
import org.attune.model.Turn;
import org.attune.workbench.ImportOptions;
import org.attune.workbench.Progress;
import org.attune.workbench.Workbench;

/**
 * What a coding key costs the workbench, saved and indexed, on a generated session of 3,000
 * turns and on one of 30,000: a key should cost the same on both (issue 12's target is a p95
 * under 20 ms). Each transcript's project has the Conversational Model and one code of every
 * exclusive group of its role on each turn, by one coder, and its index built before the keys;
 * then the same code is applied and removed on therapist turns spread over the whole transcript.
 * No window: the window benchmark measures the rest of a key. Prints its figures; writes nothing.
 *
 * <p>Run it with {@code java -cp <test classpath> org.attune.bench.KeyCostBenchmark [keys] [folder]}.
 */
public final class KeyCostBenchmark {

    static final int[] TURNS = {3_000, 30_000};
    static final int WARM_UP_KEYS = 100;
    static final int DEFAULT_KEYS = 400;

    private KeyCostBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int keys = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_KEYS;
        Path folder = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("attune-key-cost");
        List<String> lines = new ArrayList<>();
        for (int turns : TURNS) {
            Path project = folder.resolve("keys-" + turns + ".attune");
            // -Dattune.bench.reuse=true keeps the projects of an earlier run in the same folder.
            long codings = Boolean.getBoolean("attune.bench.reuse") && Files.exists(project) ? codings(project)
                    : build(folder, project, turns);
            Latencies latencies = Latencies.of(keys(project, keys));
            lines.add(String.format(Locale.ROOT, "%,7d turns, %,7d codings: %d keys, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms",
                    turns, codings, latencies.runs(), latencies.p50(), latencies.p95(), latencies.p99(), latencies.maxMillis()));
            System.out.println(lines.getLast());
        }
        System.out.println("applyCode/removeCode, saved and indexed, through the workbench alone:");
        lines.forEach(System.out::println);
    }

    /** A project of one generated session of {@code count} turns, coded; returns how many codings it has. */
    static long build(Path folder, Path project, int count) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", "-lock"}) {
            Files.deleteIfExists(project.resolveSibling(project.getFileName() + suffix));
        }
        List<GeneratedTurn> turns = new SessionTranscriptGenerator(SessionTranscriptGenerator.SEED).generate(count);
        StringBuilder csv = new StringBuilder("speaker,role,start_ms,end_ms,text\n");
        for (GeneratedTurn t : turns) {
            csv.append(t.speaker()).append(',').append(t.role().label()).append(',').append(t.startMs()).append(',')
                    .append(t.endMs()).append(",\"").append(t.text().replace("\"", "\"\"")).append("\"\n");
        }
        Path transcript = folder.resolve("k" + count + "-s01.csv");
        Files.writeString(transcript, csv, StandardCharsets.UTF_8);
        try (Workbench w = Workbench.create(project)) {
            w.importFiles(List.of(transcript), ImportOptions.defaults(), Progress.NONE);
            w.useCodebook(Path.of("codebooks/conversational-model.yaml"), false);
            String name = w.transcripts().getFirst().name();
            Path table = folder.resolve("anna-" + count + ".csv");
            Files.writeString(table, codings(w.codebook().orElseThrow().codebook(), w.transcript(name).turns(), name),
                    StandardCharsets.UTF_8);
            w.importCodings(table);
            w.index(true, Progress.NONE);
            return w.codings(name).size();
        }
    }

    private static long codings(Path project) {
        try (Workbench w = Workbench.openReadOnly(project)) {
            return w.codings(w.transcripts().getFirst().name()).size();
        }
    }

    /** One code of each exclusive group of a turn's role on every turn (a scale at one of its levels). */
    private static String codings(Codebook codebook, List<Turn> turns, String transcript) {
        StringBuilder out = new StringBuilder("coder,transcript,turn,code,value,memo\n");
        for (Turn turn : turns) {
            for (CodeGroup group : codebook.groups()) {
                if (group.exclusive() && group.appliesTo().fits(turn.role())) {
                    Code code = group.codes().get(turn.number() % group.codes().size());
                    String value = code.isScale() ? code.levels().get(turn.number() % code.levels().size()).valueText() : "";
                    out.append("anna,").append(transcript).append(',').append(turn.number()).append(',').append(code.id())
                            .append(',').append(value).append(",\n");
                }
            }
        }
        return out.toString();
    }

    /** The times of {@code keys} presses, after a warm-up, each applying or removing a code; checks the index stayed current. */
    static List<Long> keys(Path project, int keys) {
        List<Long> times = new ArrayList<>();
        try (Workbench w = Workbench.open(project)) {
            String name = w.transcripts().getFirst().name();
            List<Turn> all = w.transcript(name).turns();
            List<Integer> therapist = all.stream().filter(t -> t.role() == Role.THERAPIST).map(Turn::number).toList();
            long before = w.codings(name).size();
            for (int i = 0; i < WARM_UP_KEYS + keys; i++) {
                int turn = therapist.get((int) ((i / 2) * 7919L % therapist.size()));
                Span span = Span.wholeTurn(turn, all.get(turn - 1).codePoints());
                long t0 = System.nanoTime();
                if (i % 2 == 0) {
                    w.applyCode("anna", name, "tentative-language", span, null, null);
                } else {
                    w.removeCode("anna", name, "tentative-language", span);
                }
                long took = System.nanoTime() - t0;
                if (i >= WARM_UP_KEYS) {
                    times.add(took);
                }
            }
            if (w.codings(name).size() != before) {
                throw new IllegalStateException("keys on and off left " + w.codings(name).size() + " codings, not " + before);
            }
            if (w.index(false, Progress.NONE).rebuilt()) {
                throw new IllegalStateException("the index fell behind the keys and had to be rebuilt");
            }
        }
        return times;
    }
}
