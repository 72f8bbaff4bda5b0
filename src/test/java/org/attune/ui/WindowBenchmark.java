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
    static final double TARGET_KEY_MILLIS = 20;
    static final double TARGET_BUSY_KEY_MILLIS = 50;
    static final double TARGET_STALL_MILLIS = 100;
    static final double TARGET_DEMO_MILLIS = 1000;
    static final int LARGE_TURNS = 30_000;
    static final int LARGE_CODINGS = 100_000;
    static final int CORPUS_TURNS = 201_000;

    static final String NOTE = """
            The first open includes the JIT's warm-up; the others show the steady cost, most of it reading the
            transcript and its codings from the project file (the first baseline). Of a key press, the workbench's
            own share is the second baseline; the rest is the window's: the hand-over to the owner thread and back,
            the snapshot (its codings by turn copied in a few microseconds, the changed turns alone rebuilt) and
            the changed row repainted. The machine is shared, so the high percentiles vary from run to run.
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
        Preferences node = Preferences.userRoot().node("org/attune/bench/window-" + System.nanoTime());
        try {
            WindowPreferences prefs = new WindowPreferences(node);
            AttuneWindow.onEdt(() -> Theme.LIGHT.apply(0));
            Path small = folder.resolve("small").resolve("bench.attune");
            Files.createDirectories(small.getParent());
            String smallName = build(small.getParent(), small);
            Path large = folder.resolve("large").resolve("bench.attune");
            Files.createDirectories(large.getParent());
            String largeName = build(large.getParent(), large, LARGE_TURNS, LARGE_CODINGS);
            Path corpus = folder.resolve("corpus").resolve("corpus.attune");
            Files.createDirectories(corpus.getParent());
            var codebookFile = org.attune.bench.CorpusProject.codebookFile(corpus.getParent());
            var shape = org.attune.bench.CorpusProject.build(corpus, codebookFile, new org.attune.bench.CodedCorpusGenerator(
                    CORPUS_TURNS, org.attune.bench.CodedCorpusGenerator.SEED, org.attune.bench.CorpusProject.codebook(codebookFile)));
            Path demo = folder.resolve("demo").resolve("demo.attune");
            Files.createDirectories(demo.getParent());

            Figures small3k = measure(small, smallName, prefs, folder);
            KeyFigures large30k = keys(large, largeName, prefs);
            BuildFigures building = duringABuild(corpus, prefs);
            DemoFigures demoFigures = demo(demo, prefs);
            String section = section(MachineDescription.current(folder), small3k, large30k, building, demoFigures, shape.turns());
            System.out.println(section);
            BenchmarkReport.writeSection(document, SECTION_ID, section);
        } finally {
            node.removeNode();
        }
        System.exit(0);
    }

    /** The project: one generated session, the Conversational Model, and {@value #CODINGS} codings by anna. */
    static String build(Path folder, Path project) throws IOException {
        return build(folder, project, TURNS, CODINGS);
    }

    /** A project of one generated session of {@code count} turns with {@code codings} codings by anna. */
    static String build(Path folder, Path project, int count, int codings) throws IOException {
        List<GeneratedTurn> turns = new SessionTranscriptGenerator(SessionTranscriptGenerator.SEED).generate(count);
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
                    w.transcript(name).turns(), name, codings), StandardCharsets.UTF_8);
            w.importCodings(folder.resolve("anna.csv"));
            long made = w.codings(name).size();
            if (made != codings) {
                throw new IllegalStateException("expected " + codings + " codings, made " + made);
            }
            return name;
        }
    }

    /**
     * Every turn one code of each exclusive group of its role (a scale at a level), then the
     * other codes of its role in turn, round the transcript, until there are {@value #CODINGS}.
     */
    static String codings(Codebook codebook, List<Turn> turns, String transcript, int wanted) {
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
                    if (made < wanted) {
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
        for (int round = 0; made < wanted; round++) {
            boolean any = false;
            for (int i = 0; i < turns.size() && made < wanted; i++) {
                List<Code> more = extra.get(i);
                if (round < more.size()) {
                    out.append(row(transcript, turns.get(i), more.get((round + i) % more.size())));
                    made++;
                    any = true;
                }
            }
            if (!any) {
                throw new IllegalStateException("the codebook cannot hold " + wanted + " codings on " + turns.size() + " turns");
            }
        }
        return out.toString();
    }

    private static String row(String transcript, Turn turn, Code code) {
        String value = code.isScale() ? code.levels().get(turn.number() % code.levels().size()).valueText() : "";
        return "anna," + transcript + "," + turn.number() + "," + code.id() + "," + value + ",\n";
    }

    /** The figures of the 3,000-turn transcript. */
    record Figures(List<Long> reading, List<Long> opens, List<Long> keys, List<Long> core, List<Long> frames, long height,
                   List<Long> paneOpens, List<Long> paneFrames) {
    }

    /** Key to saved, indexed and painted in the window, and the workbench alone doing the same. */
    record KeyFigures(List<Long> keys, List<Long> core) {
    }

    /**
     * The event thread and the keys, first with nothing in the background (the baseline), then while
     * a search builds the index of the whole corpus in the background.
     */
    record BuildFigures(List<Long> idleStalls, List<Long> idleKeys, List<Long> buildStalls, List<Long> buildKeys, long buildNanos) {
    }

    /** The demo project: its first search after opening, and starting consensus of two coders. */
    record DemoFigures(long firstSearch, long consensusStart, int disagreements) {
    }

    static Figures measure(Path project, String name, WindowPreferences prefs, Path folder) throws Exception {
        prefs.coder(project, "anna");

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

        MainFrame frame = open(project, prefs);

        // Open: from asking for the transcript to its first screen painted (the owner reads it, the list lays it out).
        List<Long> opens = new ArrayList<>();
        for (int i = 0; i < OPENS; i++) {
            onEdt(() -> {
                frame.openTranscript(otherThan(frame, name));
                return null;
            });
            settle(frame);
            long t0 = System.nanoTime();
            java.util.concurrent.CountDownLatch shown = new java.util.concurrent.CountDownLatch(1);
            long[] at = new long[1];
            long before = frame.session().view().version();
            onEdt(() -> {
                frame.transcriptPanel().turns().onPainted(v -> {
                    if (v > before && at[0] == 0 && frame.transcriptPanel().turns().getModel().getSize() == TURNS) {
                        at[0] = System.nanoTime();
                        shown.countDown();
                    }
                });
                frame.openTranscript(name);
                return null;
            });
            await(shown, "the transcript painted");
            opens.add(at[0] - t0);
            settle(frame);
        }
        List<Long> keys = keyPresses(frame, KEY_PRESSES, () -> false);
        checkCount(project, name, CODINGS);

        // Scrolling: the whole transcript, a wheel step at a time, each frame painted.
        List<Long> frames = scroll(onEdt(() -> (JViewport) frame.transcriptPanel().turns().getParent()));
        long height = onEdt(() -> (long) frame.transcriptPanel().turns().getHeight());
        close(frame);

        List<Long> core = coreKeys(project, name);

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
        return new Figures(reading, opens, keys, core, frames, height, paneOpens, paneFrames);
    }

    /** Key presses on the 30,000-turn transcript, and the workbench alone. */
    static KeyFigures keys(Path project, String name, WindowPreferences prefs) throws Exception {
        prefs.coder(project, "anna");
        MainFrame frame = open(project, prefs);
        onEdt(() -> {
            frame.openTranscript(name);
            return null;
        });
        waitUntil(() -> frame.session().view().transcript() != null, "the transcript");
        settle(frame);
        List<Long> keys = keyPresses(frame, KEY_PRESSES, () -> false);
        close(frame);
        checkCount(project, name, LARGE_CODINGS);
        return new KeyFigures(keys, coreKeys(project, name));
    }

    /**
     * The corpus of {@value #CORPUS_TURNS} turns, its index deleted: first keys with nothing in the
     * background (the baseline), then a search from the Search tab, which builds the index in the
     * background, and keys pressed all the while it builds; the event thread's stalls in both.
     */
    static BuildFigures duringABuild(Path project, WindowPreferences prefs) throws Exception {
        deleteIndex(project);
        prefs.coder(project, "anna");
        MainFrame frame = open(project, prefs);
        waitUntil(() -> frame.session().view().transcript() != null, "the first transcript");
        settle(frame);
        List<Long> idleStalls;
        List<Long> idleKeys;
        try (EdtStallProbe probe = EdtStallProbe.start()) {
            idleKeys = keyPresses(frame, KEY_PRESSES, () -> false);
            idleStalls = probe.lateness();
        }
        List<Long> buildStalls;
        List<Long> buildKeys;
        long buildNanos;
        try (EdtStallProbe probe = EdtStallProbe.start()) {
            long t0 = System.nanoTime();
            onEdt(() -> {
                frame.searchPanel().query.setText("feel");
                frame.searchPanel().run();
                return null;
            });
            // Keys until the search shows its results: the build and the search behind them are done.
            buildKeys = keyPresses(frame, 100_000, () -> onEdt(() -> frame.searchPanel().table.getRowCount() > 0));
            waitUntil(() -> frame.searchPanel().table.getRowCount() > 0, "the search's results");
            buildNanos = System.nanoTime() - t0;
            buildStalls = probe.lateness();
        }
        close(frame);
        return new BuildFigures(idleStalls, idleKeys, buildStalls, buildKeys, buildNanos);
    }

    /** The demo project as a new user meets it: the first search after opening it, and consensus started. */
    static DemoFigures demo(Path project, WindowPreferences prefs) throws Exception {
        org.attune.workbench.DemoProject.build(project, Progress.NONE).workbench().close();
        deleteIndex(project);
        prefs.coder(project, "tess");
        MainFrame frame = open(project, prefs);
        waitUntil(() -> frame.session().view().transcript() != null, "the first transcript");
        settle(frame);
        long t0 = System.nanoTime();
        onEdt(() -> {
            frame.searchPanel().query.setText("feel AND role:client");
            frame.searchPanel().run();
            return null;
        });
        waitUntil(() -> frame.searchPanel().table.getRowCount() > 0, "the first search");
        long firstSearch = System.nanoTime() - t0;
        onEdt(() -> {
            var panel = frame.consensusPanel();
            List<String> names = java.util.stream.IntStream.range(0, panel.coders.getModel().getSize())
                    .mapToObj(i -> panel.coders.getModel().getElementAt(i)).toList();
            panel.coders.setSelectedIndices(new int[] {names.indexOf("anna"), names.indexOf("ben")});
            return null;
        });
        long t1 = System.nanoTime();
        onEdt(() -> {
            frame.consensusPanel().begin();
            return null;
        });
        waitUntil(() -> frame.consensusPanel().openCount() > 0, "the disagreements");
        long consensus = System.nanoTime() - t1;
        int open = onEdt(() -> frame.consensusPanel().openCount());
        close(frame);
        return new DemoFigures(firstSearch, consensus, open);
    }

    /**
     * Presses 't' (a flag code) on therapist turns, on and off again, each timed from the key's
     * event to the list painting the snapshot that holds it (saved in the project file and the
     * index by then), until {@code count} presses or {@code stop} says so.
     */
    static List<Long> keyPresses(MainFrame frame, int count, java.util.function.BooleanSupplier stop) {
        String name = onEdt(() -> frame.session().view().transcript().name());
        List<Integer> therapistTurns = onEdt(() -> frame.session().view().transcript().turns().stream()
                .filter(t -> t.role() == Role.THERAPIST).map(Turn::number).toList());
        List<Long> keys = new ArrayList<>();
        for (int i = 0; i < count && !stop.getAsBoolean(); i++) {
            int turn = therapistTurns.get((i / 2 * 7) % therapistTurns.size());
            onEdt(() -> {
                frame.jump(null, turn);
                return null;
            });
            settle(frame);
            long version = frame.session().view().version();
            boolean had = frame.session().view().mine(turn).stream().anyMatch(c -> c.codeId().equals("tentative-language"));
            java.util.concurrent.CountDownLatch painted = new java.util.concurrent.CountDownLatch(1);
            long[] at = new long[1];
            long start = onEdt(() -> {
                TurnList list = frame.transcriptPanel().turns();
                list.onPainted(v -> {
                    if (v > version && at[0] == 0) {
                        at[0] = System.nanoTime();
                        painted.countDown();
                    }
                });
                KeyEvent typed = new KeyEvent(list, KeyEvent.KEY_TYPED, System.currentTimeMillis(), 0, KeyEvent.VK_UNDEFINED, 't');
                long t0 = System.nanoTime();
                list.dispatchEvent(typed);
                return t0;
            });
            await(painted, "the key's coding painted");
            keys.add(at[0] - start);
            settle(frame);
            boolean has = frame.session().view().mine(turn).stream().anyMatch(c -> c.codeId().equals("tentative-language"));
            if (has == had) {
                throw new IllegalStateException("the key did not code turn " + turn + " of " + name + ": the status bar says '"
                        + onEdt(() -> frame.statusBar().message()) + "'");
            }
        }
        // An even number of presses leaves the codings as they were; an odd one is taken back.
        if (keys.size() % 2 == 1) {
            WindowKeys.later(frame.session().perform(SessionModel::undo), o -> { });
            settle(frame);
        }
        onEdt(() -> {
            frame.transcriptPanel().turns().onPainted(null);
            return null;
        });
        return keys;
    }

    /** Baseline: the workbench alone applying and removing the same code on the same turns. */
    static List<Long> coreKeys(Path project, String name) {
        List<Long> core = new ArrayList<>();
        try (Workbench w = Workbench.open(project)) {
            List<Turn> all = w.transcript(name).turns();
            List<Integer> therapistTurns = all.stream().filter(t -> t.role() == Role.THERAPIST).map(Turn::number).toList();
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
        return core;
    }

    private static void checkCount(Path project, String name, int expected) {
        try (Workbench reader = Workbench.openReadOnly(project)) {
            long saved = reader.codings(name).size();
            if (saved != expected) {
                throw new IllegalStateException("after pressing the key on and off, expected " + expected + " codings, found " + saved);
            }
        }
    }

    private static String otherThan(MainFrame frame, String name) {
        return onEdt(() -> frame.session()).call(w -> w.transcripts().stream().map(t -> t.name()).filter(n -> !n.equals(name))
                .findFirst().orElse(name)).join();
    }

    private static MainFrame open(Path project, WindowPreferences prefs) {
        MainFrame frame = AttuneWindow.show(Workbench.open(project), prefs);
        AttuneWindow.onEdt(() -> frame.setBounds(0, 0, 1280, 720));
        settle(frame);
        return frame;
    }

    private static void close(MainFrame frame) {
        ProjectSession session = onEdt(frame::session);
        AttuneWindow.onEdt(frame::dispose);
        session.close();
        settle();
    }

    private static void deleteIndex(Path project) throws IOException {
        Path index = project.resolveSibling(project.getFileName() + "-index");
        if (Files.isDirectory(index)) {
            try (var files = Files.walk(index)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch, String what) {
        try {
            if (!latch.await(120, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("waited two minutes for " + what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(Supplier<Boolean> condition, String what) {
        long until = System.nanoTime() + 300_000_000_000L;
        while (!onEdt(condition)) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("waited five minutes for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void settle(MainFrame frame) {
        onEdt(() -> null);
        onEdt(frame::session).awaitIdle();
        onEdt(() -> null);
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

    static String section(MachineDescription machine, Figures f, KeyFigures large, BuildFigures build, DemoFigures demo,
                          long corpusTurns) {
        MarkdownTable table = new MarkdownTable("what", "runs>", "median ms>", "p95 ms>", "max ms>", "target");
        table.row("open the transcript, until its first screen is painted (first run " + ms(f.opens().getFirst()) + " ms)",
                f.opens().size(), ms(p(f.opens(), 50)), ms(p(f.opens(), 95)), ms(p(f.opens(), 100)),
                target(p(f.opens(), 95), TARGET_OPEN_MILLIS));
        table.row("baseline: reading the transcript and its codings through the workbench alone", f.reading().size(),
                ms(p(f.reading(), 50)), ms(p(f.reading(), 95)), ms(p(f.reading(), 100)), "");
        table.row("3,000 turns: code key to coding saved (project file and index) and painted", f.keys().size(), ms(p(f.keys(), 50)),
                ms(p(f.keys(), 95)), ms(p(f.keys(), 100)), target(p(f.keys(), 95), TARGET_KEY_MILLIS));
        table.row("baseline: applying or removing the code through the workbench alone, 3,000 turns", f.core().size(),
                ms(p(f.core(), 50)), ms(p(f.core(), 95)), ms(p(f.core(), 100)), "");
        table.row("30,000 turns: code key to coding saved (project file and index) and painted", large.keys().size(),
                ms(p(large.keys(), 50)), ms(p(large.keys(), 95)), ms(p(large.keys(), 100)), target(p(large.keys(), 95), TARGET_KEY_MILLIS));
        table.row("baseline: applying or removing the code through the workbench alone, 30,000 turns", large.core().size(),
                ms(p(large.core(), 50)), ms(p(large.core(), 95)), ms(p(large.core(), 100)), "");
        table.row("scrolling: one frame of a " + SCROLL_STEP + " px step, through the whole transcript (" + f.height() + " px)",
                f.frames().size(), ms(p(f.frames(), 50)), ms(p(f.frames(), 95)), ms(p(f.frames(), 100)), "under 16.7 ms (60 frames a second)");
        table.row("baseline: the whole transcript in one JTextPane, opened and painted", f.paneOpens().size(), ms(p(f.paneOpens(), 50)),
                ms(p(f.paneOpens(), 95)), ms(p(f.paneOpens(), 100)), "");
        table.row("baseline: the JTextPane scrolled the same way, one frame", f.paneFrames().size(), ms(p(f.paneFrames(), 50)),
                ms(p(f.paneFrames(), 95)), ms(p(f.paneFrames(), 100)), "");

        MarkdownTable busy = new MarkdownTable("what", "runs>", "median ms>", "p95 ms>", "max ms>", "target");
        busy.row("baseline, nothing in the background: event thread lateness (probed every 2 ms)", build.idleStalls().size(),
                ms(p(build.idleStalls(), 50)), ms(p(build.idleStalls(), 95)), ms(p(build.idleStalls(), 100)), "");
        busy.row("baseline, nothing in the background: code key to saved and painted", build.idleKeys().size(),
                ms(p(build.idleKeys(), 50)), ms(p(build.idleKeys(), 95)), ms(p(build.idleKeys(), 100)), "");
        busy.row("while the index builds: event thread lateness, the longest is the longest stall", build.buildStalls().size(),
                ms(p(build.buildStalls(), 50)), ms(p(build.buildStalls(), 95)), ms(p(build.buildStalls(), 100)),
                "no stall over " + (int) TARGET_STALL_MILLIS + " ms: " + (p(build.buildStalls(), 100) / 1e6 < TARGET_STALL_MILLIS
                        ? "met" : "NOT met"));
        busy.row("while the index builds: code key to saved and painted", build.buildKeys().size(), ms(p(build.buildKeys(), 50)),
                ms(p(build.buildKeys(), 95)), ms(p(build.buildKeys(), 100)), target(p(build.buildKeys(), 95), TARGET_BUSY_KEY_MILLIS));

        MarkdownTable first = new MarkdownTable("on the demo project", "ms>", "target");
        first.row("the first search after opening it (its index built first)", ms(demo.firstSearch()),
                target(demo.firstSearch(), TARGET_DEMO_MILLIS));
        first.row("consensus of anna and ben started, until its " + demo.disagreements() + " disagreements are listed",
                ms(demo.consensusStart()), target(demo.consensusStart(), TARGET_DEMO_MILLIS));

        return "## The window\n\n"
                + "Measured on " + LocalDate.now() + " by `src/test/java/org/attune/ui/WindowBenchmark.java` in the real window at\n"
                + "1280x720 on Xvfb (software rendering). A key press is a KEY_TYPED event dispatched to the transcript list on the\n"
                + "event thread; the window hands the coding to the project's owner thread, which saves it (project file and\n"
                + "index) and publishes a snapshot; the time runs until the list has painted that snapshot. Each key is checked\n"
                + "(the status bar says applied or removed, and afterwards the project holds as many codings as before).\n"
                + "Run it with `xvfb-run -a ./mvnw -B -Pbench -DskipTests verify`; without a display it leaves these figures as\n"
                + "they are.\n\n"
                + machine.markdown() + "\n\n"
                + "### Coding\n\nOne generated session of " + String.format(Locale.ROOT, "%,d", TURNS) + " turns with "
                + String.format(Locale.ROOT, "%,d", CODINGS) + " codings by one coder, and one of "
                + String.format(Locale.ROOT, "%,d", LARGE_TURNS) + " turns with " + String.format(Locale.ROOT, "%,d", LARGE_CODINGS)
                + " codings (the search benchmark's generator).\n\n" + table.markdown() + "\n"
                + "### While the index builds\n\nThe search benchmark's coded corpus of " + String.format(Locale.ROOT, "%,d", corpusTurns)
                + " turns (two coders), its index deleted. First " + KEY_PRESSES + " keys with nothing in the background; then\n"
                + "a search from the Search tab, which has to build the whole index (" + String.format(Locale.ROOT, "%.1f", build.buildNanos() / 1e9)
                + " s until its results were shown), with keys pressed one after the other all the while. The event thread is\n"
                + "probed every 2 ms: a task posted to its queue and the time until it ran.\n\n" + busy.markdown() + "\n"
                + "### The demo project\n\n" + first.markdown() + "\n" + NOTE;
    }

    private static String target(long nanos, double millis) {
        return "under " + (int) millis + " ms: " + (nanos / 1e6 < millis ? "met" : "NOT met");
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
