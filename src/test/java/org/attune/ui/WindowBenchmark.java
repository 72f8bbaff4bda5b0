package org.attune.ui;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTextPane;
import javax.swing.JViewport;
import javax.swing.text.BadLocationException;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;
import org.attune.bench.BenchmarkReport;
import org.attune.bench.GeneratedTurn;
import org.attune.bench.MachineDescription;
import org.attune.bench.MarkdownTable;
import org.attune.bench.SessionTranscriptGenerator;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.Role;
import org.attune.model.Turn;
import org.attune.workbench.ImportOptions;
import org.attune.workbench.Progress;
import org.attune.workbench.Workbench;

/**
 * The window benchmark: a generated session of {@value #TURNS} turns with {@value #CODINGS}
 * codings by one coder, opened in the real window (1280x720). Measures the time to open the
 * transcript until it is painted, the time from a code key to the coding saved (in the project
 * file and its index) and painted, and the frame times of scrolling through the whole transcript.
 * Baselines in the same run: reading the transcript and its codings from the workbench alone,
 * applying and removing a code through the workbench alone, and the whole transcript in one
 * JTextPane (what the window avoids) opened and scrolled the same way. Needs a display: run
 * under xvfb-run. Writes its section of {@code docs/benchmarks.md}.
 */
public final class WindowBenchmark {

    static final int TURNS = 3000;
    static final int CODINGS = 10_000;
    static final String SECTION_ID = "window-benchmark";
    static final int OPENS = 15;
    static final int KEY_PRESSES = 200;
    static final int SCROLL_STEP = 48;
    static final double TARGET_OPEN_MILLIS = 300;
    static final double TARGET_KEY_MILLIS = 50;

    static final String NOTE = """
            The first open includes the JIT's warm-up; the others show the steady cost, most of it reading the
            transcript and its codings from the project file (the first baseline). Of a key press, the
            workbench's own share (the second baseline) reads the whole transcript to check the rules and
            rewrites the turn's index document after reading the transcript's codings again, which grows with a
            long, densely coded transcript; the rest is the window's (its codings kept in step in memory, one
            row repainted). The machine is shared, so the high percentiles vary from run to run.
            """;

    private WindowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            System.out.println("window benchmark: no display, skipped (run it under xvfb-run); "
                    + "docs/benchmarks.md keeps its figures");
            return;
        }
        Path document = Path.of(args[0]);
        Path folder = Files.createTempDirectory("attune-window-bench");
        Path project = folder.resolve("bench.attune");
        String name = build(folder, project);
        Preferences node = Preferences.userRoot().node("org/attune/bench/window-" + System.nanoTime());
        try {
            String section = measure(project, name, new WindowPreferences(node), folder);
            System.out.println(section);
            BenchmarkReport.writeSection(document, SECTION_ID, section);
        } finally {
            node.removeNode();
        }
        System.exit(0);
    }

    /** The project: one generated session, the Conversational Model, and {@value #CODINGS} codings by anna. */
    static String build(Path folder, Path project) throws IOException {
        List<GeneratedTurn> turns = new SessionTranscriptGenerator(SessionTranscriptGenerator.SEED).generate(TURNS);
        StringBuilder csv = new StringBuilder("speaker,role,start_ms,end_ms,text\n");
        for (GeneratedTurn t : turns) {
            csv.append(t.speaker()).append(',').append(t.role().label()).append(',').append(t.startMs()).append(',')
                    .append(t.endMs()).append(",\"").append(t.text().replace("\"", "\"\"")).append("\"\n");
        }
        Path transcript = folder.resolve("b01-s01.csv");
        Files.writeString(transcript, csv, StandardCharsets.UTF_8);
        try (Workbench w = Workbench.create(project)) {
            w.importFiles(List.of(transcript), ImportOptions.defaults(), Progress.NONE);
            Path codebook = Path.of("codebooks/conversational-model.yaml");
            w.useCodebook(codebook, false);
            String name = w.transcripts().getFirst().name();
            Files.writeString(folder.resolve("anna.csv"), codings(w.codebook().orElseThrow().codebook(),
                    w.transcript(name).turns(), name), StandardCharsets.UTF_8);
            w.importCodings(folder.resolve("anna.csv"));
            long count = w.codings(name).size();
            if (count != CODINGS) {
                throw new IllegalStateException("expected " + CODINGS + " codings, made " + count);
            }
            return name;
        }
    }

    /**
     * Every turn one code of each exclusive group of its role (a scale at a level), then the
     * other codes of its role in turn, round the transcript, until there are {@value #CODINGS}.
     */
    static String codings(Codebook codebook, List<Turn> turns, String transcript) {
        StringBuilder out = new StringBuilder("coder,transcript,turn,code,value,memo\n");
        int made = 0;
        List<List<Code>> extra = new ArrayList<>();
        for (Turn turn : turns) {
            List<Code> more = new ArrayList<>();
            for (CodeGroup group : codebook.groups()) {
                if (!group.appliesTo().fits(turn.role())) {
                    continue;
                }
                if (group.exclusive()) {
                    if (made < CODINGS) {
                        Code code = group.codes().get(turn.number() % group.codes().size());
                        out.append(row(transcript, turn, code));
                        made++;
                    }
                } else {
                    more.addAll(group.codes());
                }
            }
            extra.add(more);
        }
        for (int round = 0; made < CODINGS; round++) {
            boolean any = false;
            for (int i = 0; i < turns.size() && made < CODINGS; i++) {
                List<Code> more = extra.get(i);
                if (round < more.size()) {
                    out.append(row(transcript, turns.get(i), more.get((round + i) % more.size())));
                    made++;
                    any = true;
                }
            }
            if (!any) {
                throw new IllegalStateException("the codebook cannot hold " + CODINGS + " codings on " + turns.size() + " turns");
            }
        }
        return out.toString();
    }

    private static String row(String transcript, Turn turn, Code code) {
        String value = code.isScale() ? code.levels().get(turn.number() % code.levels().size()).valueText() : "";
        return "anna," + transcript + "," + turn.number() + "," + code.id() + "," + value + ",\n";
    }

    static String measure(Path project, String name, WindowPreferences prefs, Path folder) throws Exception {
        prefs.coder(project, "anna");
        AttuneWindow.onEdt(() -> Theme.LIGHT.apply(0));

        // Baseline: what the window must read to open the transcript, through the workbench alone.
        List<Long> reading = new ArrayList<>();
        try (Workbench w = Workbench.openReadOnly(project)) {
            for (int i = 0; i < OPENS; i++) {
                long t0 = System.nanoTime();
                w.transcript(name);
                w.codings(name);
                reading.add(System.nanoTime() - t0);
            }
        }

        MainFrame frame = AttuneWindow.show(Workbench.open(project), prefs);
        AttuneWindow.onEdt(() -> frame.setBounds(0, 0, 1280, 720));
        settle();

        // Open: from asking for the transcript to its first screen painted.
        List<Long> opens = new ArrayList<>();
        for (int i = 0; i < OPENS; i++) {
            opens.add(onEdt(() -> {
                long t0 = System.nanoTime();
                frame.openTranscript(name);
                frame.validate();
                TurnList list = frame.transcriptPanel().turns();
                list.paintImmediately(list.getVisibleRect());
                return System.nanoTime() - t0;
            }));
            settle();
        }

        // Key to saved and painted: 't' (a flag code) on therapist turns, on and off again.
        List<Integer> therapistTurns = onEdt(() -> frame.transcriptPanel().turns().getModel().getSize() > 0
                ? java.util.stream.IntStream.rangeClosed(1, TURNS).filter(n -> frame.transcriptPanel().turns().getModel()
                        .getElementAt(n - 1).role() == Role.THERAPIST).boxed().toList() : List.of());
        List<Long> keys = new ArrayList<>();
        String before = onEdt(() -> frame.statusBar().message());
        for (int i = 0; i < KEY_PRESSES; i++) {
            int turn = therapistTurns.get((i / 2 * 7) % therapistTurns.size());
            onEdt(() -> {
                frame.jump(null, turn);
                return null;
            });
            settle();
            keys.add(onEdt(() -> {
                TurnList list = frame.transcriptPanel().turns();
                KeyEvent typed = new KeyEvent(list, KeyEvent.KEY_TYPED, System.currentTimeMillis(), 0, KeyEvent.VK_UNDEFINED, 't');
                long t0 = System.nanoTime();
                list.dispatchEvent(typed);
                // Paints what the key press marked for repainting (its row, the status line, the codebook's counts), as the next frame would.
                javax.swing.RepaintManager.currentManager(list).paintDirtyRegions();
                return System.nanoTime() - t0;
            }));
            String status = onEdt(() -> frame.statusBar().message());
            if (status.equals(before) || !(status.startsWith("applied") || status.startsWith("removed"))) {
                throw new IllegalStateException("the key did not code: the status bar says '" + status + "'");
            }
            before = status;
        }
        long saved;
        try (Workbench reader = Workbench.openReadOnly(project)) {
            saved = reader.codings(name).size();
        }
        if (saved != CODINGS) {
            throw new IllegalStateException("after pressing the key on and off, expected " + CODINGS + " codings, found " + saved);
        }

        // Scrolling: the whole transcript, a wheel step at a time, each frame painted.
        List<Long> frames = scroll(onEdt(() -> (JViewport) frame.transcriptPanel().turns().getParent()));
        long height = onEdt(() -> (long) frame.transcriptPanel().turns().getHeight());
        AttuneWindow.onEdt(frame::dispose);
        settle();

        // Baseline: the workbench alone applying and removing the same code.
        List<Long> core = new ArrayList<>();
        try (Workbench w = Workbench.open(project)) {
            List<Turn> all = w.transcript(name).turns();
            for (int i = 0; i < KEY_PRESSES; i++) {
                int turn = therapistTurns.get((i / 2 * 7) % therapistTurns.size());
                var span = org.attune.model.Span.wholeTurn(turn, all.get(turn - 1).codePoints());
                long t0 = System.nanoTime();
                if (i % 2 == 0) {
                    w.applyCode("anna", name, "tentative-language", span, null, null);
                } else {
                    w.removeCode("anna", name, "tentative-language", span);
                }
                core.add(System.nanoTime() - t0);
            }
        }

        // Baseline: the whole transcript in one JTextPane, opened and scrolled the same way.
        List<Turn> turns;
        try (Workbench w = Workbench.openReadOnly(project)) {
            turns = w.transcript(name).turns();
        }
        AtomicReference<JFrame> paneFrame = new AtomicReference<>();
        AtomicReference<JTextPane> pane = new AtomicReference<>();
        AttuneWindow.onEdt(() -> {
            JFrame f = new JFrame("baseline");
            JTextPane p = new JTextPane();
            p.setEditable(false);
            f.add(new JScrollPane(p));
            f.setBounds(0, 0, 1280, 720);
            f.setVisible(true);
            paneFrame.set(f);
            pane.set(p);
        });
        settle();
        List<Long> paneOpens = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            paneOpens.add(onEdt(() -> {
                long t0 = System.nanoTime();
                fill(pane.get(), turns);
                paneFrame.get().validate();
                pane.get().paintImmediately(pane.get().getVisibleRect());
                return System.nanoTime() - t0;
            }));
            settle();
        }
        List<Long> paneFrames = scroll(onEdt(() -> (JViewport) pane.get().getParent()));
        AttuneWindow.onEdt(() -> paneFrame.get().dispose());

        return section(MachineDescription.current(folder), reading, opens, keys, core, frames, height, paneOpens, paneFrames);
    }

    /** The transcript as a researcher's word processor holds it: speaker in bold and color, then the text. */
    private static void fill(JTextPane pane, List<Turn> turns) {
        StyledDocument doc = new javax.swing.text.DefaultStyledDocument();
        SimpleAttributeSet speaker = new SimpleAttributeSet();
        StyleConstants.setBold(speaker, true);
        SimpleAttributeSet text = new SimpleAttributeSet();
        try {
            for (Turn t : turns) {
                StyleConstants.setForeground(speaker, Palette.role(t.role(), false));
                doc.insertString(doc.getLength(), t.number() + "  " + t.speaker() + "  ", speaker);
                doc.insertString(doc.getLength(), t.text() + "\n", text);
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
        pane.setDocument(doc);
    }

    private static List<Long> scroll(JViewport viewport) {
        List<Long> frames = new ArrayList<>();
        onEdt(() -> {
            viewport.setViewPosition(new java.awt.Point(0, 0));
            return null;
        });
        settle();
        boolean more = true;
        while (more) {
            long[] frame = new long[1];
            more = onEdt(() -> {
                int viewHeight = viewport.getView().getHeight();
                int y = viewport.getViewPosition().y;
                int next = Math.min(y + SCROLL_STEP, Math.max(0, viewHeight - viewport.getHeight()));
                if (next <= y) {
                    return false;
                }
                long t0 = System.nanoTime();
                viewport.setViewPosition(new java.awt.Point(0, next));
                Rectangle r = new Rectangle(0, 0, viewport.getWidth(), viewport.getHeight());
                viewport.paintImmediately(r);
                frame[0] = System.nanoTime() - t0;
                return true;
            });
            if (more) {
                frames.add(frame[0]);
            }
        }
        return frames;
    }

    static String section(MachineDescription machine, List<Long> reading, List<Long> opens, List<Long> keys, List<Long> core,
                          List<Long> frames, long height, List<Long> paneOpens, List<Long> paneFrames) {
        MarkdownTable table = new MarkdownTable("what", "runs>", "median ms>", "p95 ms>", "max ms>", "target");
        table.row("open the transcript, until its first screen is painted (first run " + ms(opens.getFirst()) + " ms)",
                opens.size(), ms(p(opens, 50)), ms(p(opens, 95)), ms(p(opens, 100)),
                "under " + (int) TARGET_OPEN_MILLIS + " ms: " + (p(opens, 95) / 1e6 < TARGET_OPEN_MILLIS ? "met" : "NOT met"));
        table.row("baseline: reading the transcript and its codings through the workbench alone", reading.size(),
                ms(p(reading, 50)), ms(p(reading, 95)), ms(p(reading, 100)), "");
        table.row("code key to coding saved (project file and index) and painted", keys.size(), ms(p(keys, 50)),
                ms(p(keys, 95)), ms(p(keys, 100)),
                "under " + (int) TARGET_KEY_MILLIS + " ms: " + (p(keys, 95) / 1e6 < TARGET_KEY_MILLIS ? "met" : "NOT met"));
        table.row("baseline: applying or removing the code through the workbench alone", core.size(), ms(p(core, 50)),
                ms(p(core, 95)), ms(p(core, 100)), "");
        table.row("scrolling: one frame of a " + SCROLL_STEP + " px step, through the whole transcript (" + height + " px)",
                frames.size(), ms(p(frames, 50)), ms(p(frames, 95)), ms(p(frames, 100)), "under 16.7 ms (60 frames a second)");
        table.row("baseline: the whole transcript in one JTextPane, opened and painted", paneOpens.size(), ms(p(paneOpens, 50)),
                ms(p(paneOpens, 95)), ms(p(paneOpens, 100)), "");
        table.row("baseline: the JTextPane scrolled the same way, one frame", paneFrames.size(), ms(p(paneFrames, 50)),
                ms(p(paneFrames, 95)), ms(p(paneFrames, 100)), "");
        return "## The window\n\n"
                + "Measured on " + LocalDate.now() + " by `src/test/java/org/attune/ui/WindowBenchmark.java`: one generated\n"
                + "session of " + String.format(Locale.ROOT, "%,d", TURNS) + " turns (the search benchmark's generator) with "
                + String.format(Locale.ROOT, "%,d", CODINGS) + " codings by one coder, in the real window at 1280x720 on\n"
                + "Xvfb (software rendering). A key press is a KEY_TYPED event dispatched to the transcript list on the\n"
                + "event thread and timed until everything it marked for repainting is painted (the row, the status line,\n"
                + "the codebook's counts): the coding is in the project file and the index by then (checked).\n"
                + "Run it with `xvfb-run -a ./mvnw -B -Pbench -DskipTests verify`; without a display it leaves these\n"
                + "figures as they are.\n\n"
                + machine.markdown() + "\n\n" + table.markdown() + "\n" + NOTE;
    }

    private static long p(List<Long> nanos, double percentile) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int rank = (int) Math.ceil(percentile / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    private static void settle() {
        onEdt(() -> null);
    }

    private static <T> T onEdt(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AttuneWindow.onEdt(() -> result.set(work.get()));
        return result.get();
    }

}
