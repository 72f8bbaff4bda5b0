package org.attune.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.attune.model.Coding;
import org.attune.workbench.DemoProject;
import org.attune.workbench.Progress;
import org.attune.workbench.Workbench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real window on the demo project, driven by key presses as a coder would: move through a
 * transcript, apply and undo codes by key (each checked in the project file at once), find a code
 * in the picker, search and jump to a hit, compute agreement, compare two coders. Saves
 * screenshots of the main views (to target/screenshots, or where attune.screenshots says).
 */
@WindowTests
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WindowEndToEndTest {

    @TempDir
    static Path dir;

    private static Path project;
    private static Preferences node;
    private static WindowPreferences prefs;
    private static MainFrame frame;
    private static Robot robot;

    @BeforeAll
    static void openTheDemo() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            fail("no display: the window's end-to-end tests need one; .ci/run starts Xvfb (is it installed?)");
        }
        project = dir.resolve("demo.attune");
        node = Preferences.userRoot().node("org/attune/test/window-" + System.nanoTime());
        prefs = new WindowPreferences(node);
        prefs.coder(project, "tess");
        Workbench workbench = DemoProject.build(project, Progress.NONE).workbench();
        AttuneWindow.onEdt(() -> Theme.LIGHT.apply(0));
        frame = AttuneWindow.show(workbench, prefs);
        AttuneWindow.onEdt(() -> {
            frame.setBounds(0, 0, 1280, 720);
            frame.toFront();
        });
        robot = new Robot();
        robot.setAutoDelay(15);
        settle();
        AttuneWindow.onEdt(() -> frame.focusTranscript());
        settle();
    }

    @AfterAll
    static void close() throws Exception {
        if (frame != null) {
            AttuneWindow.onEdt(frame::dispose);
        }
        if (node != null) {
            node.removeNode();
        }
    }

    @Test
    @Order(10)
    void opensTheFirstTranscriptAsTheRememberedCoder() {
        assertThat(onEdt(() -> frame.statusBar().codingAs.getSelectedItem())).isEqualTo("tess");
        assertThat(onEdt(() -> frame.transcriptPanel().turns().getModel().getSize())).isEqualTo(168);
        assertThat(onEdt(() -> frame.transcriptPanel().turns().getSelectedIndex())).isZero();
        assertThat(onEdt(() -> frame.transcriptPanel().turns().isFocusOwner())).as("the transcript has the focus").isTrue();
    }

    @Test
    @Order(20)
    void movesByTurnWithJKAndTheArrows() {
        press(KeyEvent.VK_J);
        press(KeyEvent.VK_J);
        assertThat(selectedTurn()).isEqualTo(3);
        press(KeyEvent.VK_K);
        assertThat(selectedTurn()).isEqualTo(2);
        press(KeyEvent.VK_DOWN);
        assertThat(selectedTurn()).isEqualTo(3);
        assertThat(onEdt(() -> frame.transcriptPanel().turnText().getText())).startsWith("Everything we talk about");
    }

    @Test
    @Order(30)
    void appliesAndUndoesCodesByKeyEachSavedAtOnce() throws Exception {
        press(KeyEvent.VK_S);
        assertThat(status()).isEqualTo("applied Statement on turn 3");
        assertThat(saved()).containsExactly("3:statement");
        press(KeyEvent.VK_Q);
        assertThat(saved()).containsExactly("3:question");
        ctrl(KeyEvent.VK_Z);
        assertThat(saved()).containsExactly("3:statement");
        ctrl(KeyEvent.VK_Z);
        assertThat(saved()).isEmpty();
        ctrl(KeyEvent.VK_Y);
        assertThat(saved()).containsExactly("3:statement");
        press(KeyEvent.VK_DELETE);
        assertThat(saved()).isEmpty();
        press(KeyEvent.VK_N);
        assertThat(status()).contains("client turns");
        assertThat(saved()).isEmpty();

        press(KeyEvent.VK_S);
        press(KeyEvent.VK_T);
        press(KeyEvent.VK_F);
        press(KeyEvent.VK_J);
        shift(KeyEvent.VK_E);
        press(KeyEvent.VK_5);
        assertThat(saved()).containsExactly("3:feeling-language", "3:statement", "3:tentative-language", "4:experiencing-level=5");
        screenshot("coding");
    }

    @Test
    @Order(40)
    void findsACodeInThePickerAndAppliesItWithEnter() {
        ctrl(KeyEvent.VK_F);
        assertThat(onEdt(() -> frame.codebookPanel().filter().isFocusOwner())).isTrue();
        type("narr");
        press(KeyEvent.VK_ENTER);
        assertThat(saved()).contains("4:narrative");
        assertThat(onEdt(() -> frame.transcriptPanel().turns().isFocusOwner())).as("back in the transcript").isTrue();
    }

    @Test
    @Order(50)
    void searchesAndJumpsToAHit() {
        ctrl(KeyEvent.VK_4);
        assertThat(onEdt(() -> frame.searchPanel().query.isFocusOwner())).isTrue();
        type("feel and spe");
        waitFor(() -> frame.searchPanel().completionShowing(), "the completions");
        press(KeyEvent.VK_TAB);
        assertThat(onEdt(() -> frame.searchPanel().query.getText())).isEqualTo("feel and speaker:");
        assertThat(onEdt(() -> frame.searchPanel().query.isFocusOwner())).isTrue();
        onEdt(() -> {
            frame.searchPanel().query.setText("code:(");
            return null;
        });
        press(KeyEvent.VK_ENTER);
        waitFor(() -> frame.searchPanel().getComponentCount() > 0 && status().length() > 0
                && !status().startsWith("Searching"), "the bad query's answer");
        assertThat(onEdt(() -> problemText())).contains("^");

        onEdt(() -> {
            frame.searchPanel().query.setText("feel AND role:client");
            frame.searchPanel().query.requestFocusInWindow();
            return null;
        });
        settle();
        press(KeyEvent.VK_ENTER);
        waitFor(() -> frame.searchPanel().table.getRowCount() > 0, "search results");
        screenshot("search");
        // The last hit is in another transcript than the one open: the jump opens it.
        int last = onEdt(() -> frame.searchPanel().table.getRowCount() - 1);
        String[] hit = onEdt(() -> new String[] {(String) frame.searchPanel().table.getValueAt(last, 0),
                frame.searchPanel().table.getValueAt(last, 1).toString()});
        assertThat(hit[0]).isNotEqualTo("d01-s01");
        onEdt(() -> {
            frame.searchPanel().table.setRowSelectionInterval(last, last);
            frame.searchPanel().table.requestFocusInWindow();
            return null;
        });
        settle();
        press(KeyEvent.VK_ENTER);
        assertThat(onEdt(() -> frame.keys().cursor().turn())).isEqualTo(Integer.parseInt(hit[1]));
        assertThat(selectedTurn()).isEqualTo(Integer.parseInt(hit[1]));
        assertThat(onEdt(() -> frame.transcriptPanel().turnText().getText().toLowerCase())).contains("feel");
        assertThat(onEdt(() -> frame.getTitle())).contains("demo.attune");
        assertThat(onEdt(() -> frame.transcriptPanel().turns().getModel().getSize()))
                .isEqualTo(onEdt(() -> frame.keys().cursor().turn()) >= 1 ? currentTurns(hit[0]) : -1);
        assertThat(onEdt(() -> frame.transcriptPanel().turns().isFocusOwner())).isTrue();

    }

    @Test
    @Order(60)
    void computesAgreementWithIntervalsAndAForestPlot() {
        ctrl(KeyEvent.VK_5);
        onEdt(() -> {
            var coders = frame.agreementPanel().coders;
            List<String> names = java.util.stream.IntStream.range(0, coders.getModel().getSize())
                    .mapToObj(i -> coders.getModel().getElementAt(i)).toList();
            coders.setSelectedIndices(new int[] {names.indexOf("anna"), names.indexOf("ben")});
            frame.agreementPanel().compute.doClick();
            return null;
        });
        waitFor(() -> frame.agreementPanel().rows() > 0, "agreement");
        List<String> subjects = onEdt(() -> java.util.stream.IntStream.range(0, frame.agreementPanel().table.getRowCount())
                .mapToObj(i -> frame.agreementPanel().table.getValueAt(i, 0).toString()).toList());
        assertThat(subjects).contains("Statement", "Narrative");
        String alpha = onEdt(() -> {
            var t = frame.agreementPanel().table;
            for (int c = 0; c < t.getColumnCount(); c++) {
                if (t.getColumnName(c).equals("krippendorff alpha")) {
                    return t.getValueAt(subjects.indexOf("Statement"), c).toString();
                }
            }
            return "";
        });
        assertThat(alpha).matches("-?\\d\\.\\d{3} \\[-?\\d\\.\\d\\d, -?\\d\\.\\d\\d\\]");
        screenshot("agreement");

        // A subset: one transcript, one group of codes.
        onEdt(() -> {
            frame.agreementPanel().transcript.setSelectedItem("d01-s01");
            frame.agreementPanel().subjects.setText("client-form");
            frame.agreementPanel().compute.doClick();
            return null;
        });
        waitFor(() -> status().startsWith("agreement of anna, ben on 1 transcript"), "agreement on a subset");
        List<String> subset = onEdt(() -> java.util.stream.IntStream.range(0, frame.agreementPanel().table.getRowCount())
                .mapToObj(i -> frame.agreementPanel().table.getValueAt(i, 0).toString()).toList());
        assertThat(subset).contains("Narrative").doesNotContain("Statement");
        onEdt(() -> {
            frame.agreementPanel().transcript.setSelectedItem("all");
            frame.agreementPanel().subjects.setText("");
            return null;
        });

        onEdt(() -> {
            frame.agreementPanel().unit.setSelectedItem("span");
            frame.agreementPanel().compute.doClick();
            return null;
        });
        waitFor(() -> status().startsWith("alpha-u of anna, ben"), "agreement on spans");
        assertThat(onEdt(() -> frame.agreementPanel().table.getValueAt(0, 0))).isEqualTo("overall");
        assertThat(onEdt(() -> frame.agreementPanel().table.getValueAt(0, 1).toString())).matches("-?\\d\\.\\d{3}");
        onEdt(() -> {
            frame.agreementPanel().unit.setSelectedItem("turn");
            return null;
        });
    }

    @Test
    @Order(65)
    void drawsTheCooccurrenceHeatMapAndFindsATransitionsTurns() {
        ctrl(KeyEvent.VK_8);
        onEdt(() -> {
            frame.analysisPanel().compute.doClick();
            return null;
        });
        waitFor(() -> frame.analysisPanel().transitionRows() > 0, "the analysis");
        press(KeyEvent.VK_F11);
        screenshot("analysis");
        press(KeyEvent.VK_F11);
        onEdt(() -> {
            frame.analysisPanel().lagTable.setRowSelectionInterval(0, 0);
            frame.analysisPanel().lagTable.requestFocusInWindow();
            frame.searchPanel().table.clearSelection();
            return null;
        });
        settle();
        press(KeyEvent.VK_ENTER);
        waitFor(() -> frame.tabs().getSelectedComponent() == frame.searchPanel()
                && frame.searchPanel().query.getText().contains("next.code:") && status().endsWith("turns found"), "the transition's turns");
        assertThat(onEdt(() -> frame.searchPanel().table.getRowCount())).isPositive();
    }

    @Test
    @Order(70)
    void settlesDisagreementsWithAKeyEach() {
        ctrl(KeyEvent.VK_6);
        onEdt(() -> {
            var panel = frame.consensusPanel();
            List<String> names = java.util.stream.IntStream.range(0, panel.coders.getModel().getSize())
                    .mapToObj(i -> panel.coders.getModel().getElementAt(i)).toList();
            panel.coders.setSelectedIndices(new int[] {names.indexOf("anna"), names.indexOf("ben")});
            panel.start.doClick();
            return null;
        });
        waitFor(() -> frame.consensusPanel().openCount() > 0, "the disagreements");
        assertThat(onEdt(() -> frame.consensusPanel().queue.isFocusOwner())).isTrue();
        int open = onEdt(() -> frame.consensusPanel().openCount());
        press(KeyEvent.VK_1);
        press(KeyEvent.VK_2);
        assertThat(onEdt(() -> frame.consensusPanel().openCount())).isEqualTo(open - 2);
        try (Workbench reader = Workbench.openReadOnly(project)) {
            assertThat(reader.coders()).extracting(c -> c.name()).contains("consensus");
        }
        screenshot("consensus");
    }

    @Test
    @Order(80)
    void comparesTwoCodersStripesSideBySide() {
        onEdt(() -> {
            frame.jump("d01-s01", 20);
            frame.statusBar().codingAs.setSelectedItem("anna");
            frame.statusBar().compareWith.setSelectedItem("ben");
            return null;
        });
        settle();
        assertThat(status()).isEqualTo("comparing anna with ben");
        screenshot("compare");
    }

    /** The File menu reaches what the command line's export and merge do: a .qdpx out, and packs back in. */
    @Test
    @Order(87)
    void exportsAREFIQDAProjectAndMergesItBackWithoutDuplicating() throws Exception {
        Path qdpx = dir.resolve("window-export.qdpx");
        onEdt(() -> frame.exchange().export(qdpx, null));
        waitFor(() -> status().startsWith("exported "), "the export");
        assertThat(status()).matches("exported \\d+ transcripts and \\d+ codings to window-export.qdpx");
        assertThat(qdpx).exists();
        org.attune.exchange.ProjectSchema.validate(org.attune.exchange.ProjectSchema.qde(qdpx));
        int before = saved().size();
        onEdt(() -> frame.exchange().merge(List.of(qdpx)));
        waitFor(() -> status().startsWith("merged "), "the merge");
        assertThat(status()).contains(": 0 added, 0 updated");
        assertThat(saved()).hasSize(before);
    }

    /** Screen readers name what has the focus: every control a user can tab to says what it is. */
    @Test
    @Order(88)
    void everyControlHasAnAccessibleName() {
        java.util.List<String> unnamed = onEdt(() -> {
            java.util.List<String> missing = new java.util.ArrayList<>();
            java.util.Deque<java.awt.Component> todo = new java.util.ArrayDeque<>(java.util.List.of(frame.getContentPane()));
            todo.add(frame.getJMenuBar());
            while (!todo.isEmpty()) {
                java.awt.Component c = todo.pop();
                if (c instanceof java.awt.Container container) {
                    java.util.Collections.addAll(todo, container.getComponents());
                }
                boolean control = c instanceof javax.swing.AbstractButton || c instanceof javax.swing.text.JTextComponent
                        || c instanceof javax.swing.JList || c instanceof javax.swing.JTable || c instanceof javax.swing.JTree
                        || c instanceof javax.swing.JComboBox;
                boolean reachable = c.isFocusable() || c instanceof javax.swing.JMenuItem;
                if (control && reachable && c.isVisible() && !(c.getParent() instanceof javax.swing.JComboBox)) {
                    String name = c.getAccessibleContext().getAccessibleName();
                    if (name == null || name.isBlank()) {
                        missing.add(c.getClass().getSimpleName() + " in " + (c.getParent() == null ? "?" : c.getParent().getClass().getSimpleName()));
                    }
                }
            }
            return missing;
        });
        assertThat(unnamed).isEmpty();
    }

    @Test
    @Order(90)
    void staysUsableInTheDarkThemeAtTwiceTheFontSize() {
        int before = onEdt(() -> frame.transcriptPanel().turns().getCellBounds(0, 0).height);
        onEdt(() -> {
            int size = javax.swing.UIManager.getFont("defaultFont").getSize();
            prefs.fontSize(size * 2);
            Theme.DARK.apply(size * 2);
            frame.transcriptPanel().turns().remeasure();
            frame.jump(null, 20);
            return null;
        });
        settle();
        int after = onEdt(() -> frame.transcriptPanel().turns().getCellBounds(0, 0).height);
        assertThat(after).as("rows measured again for the larger text").isGreaterThan(before * 3 / 2);
        // Usable at 1280x720 with twice the text: the turn, the code finder and the status bar are on screen...
        for (javax.swing.JComponent part : onEdt(() -> java.util.List.<javax.swing.JComponent>of(frame.transcriptPanel().turns(),
                frame.codebookPanel().filter(), frame.statusBar()))) {
            java.awt.Rectangle shown = onEdt(() -> part.isShowing() ? part.getVisibleRect() : new java.awt.Rectangle());
            assertThat(shown.height).as(part.getClass().getSimpleName() + " shown").isGreaterThanOrEqualTo(part == frame.statusBar() ? 20 : 30);
        }
        // ...and coding by key works as at the usual size.
        // Without a window manager, a closed dialog (the import test's) leaves no window active: a click gives it back.
        java.awt.Point header = onEdt(() -> {
            java.awt.Point p = frame.transcriptPanel().getLocationOnScreen();
            return new java.awt.Point(p.x + 4, p.y + 4);
        });
        robot.mouseMove(header.x, header.y);
        robot.mousePress(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
        settle();
        onEdt(() -> {
            frame.jump(null, 20);
            frame.focusTranscript();
            return null;
        });
        waitFor(() -> onEdt(() -> frame.transcriptPanel().turns().isFocusOwner()), "the transcript to have the focus");
        String coder = onEdt(() -> String.valueOf(frame.statusBar().codingAs.getSelectedItem()));
        boolean had = saved(coder).contains("20:narrative");
        press(KeyEvent.VK_N);
        // The key applies the code, or takes it off where the coder already has it; saved at once either way.
        assertThat(status()).isEqualTo((had ? "removed" : "applied") + " Narrative on turn 20");
        assertThat(saved(coder).contains("20:narrative")).isEqualTo(!had);
        screenshot("dark-200-percent");
        ctrl(KeyEvent.VK_Z);
        assertThat(saved(coder).contains("20:narrative")).isEqualTo(had);
        onEdt(() -> {
            Theme.LIGHT.apply(0);
            return null;
        });
    }

    @Test
    @Order(85)
    void importsDroppedFilesAllOrNoneAndNamesTheBadLine() throws Exception {
        Path good = Files.writeString(dir.resolve("d09-s01.csv"), "speaker,text\nTherapist,How are you today?\nClient,Tired but fine.\n");
        Path bad = Files.writeString(dir.resolve("d09-s02.csv"), "speaker,start,text\nTherapist,00:00:01,Hello.\nClient,soon,Hi.\n");
        int before = currentTranscripts();
        SwingUtilities.invokeLater(() -> frame.importFiles(List.of(good, bad)));
        ImportDialog dialog = waitForDialog();
        onEdt(() -> {
            dialog.run();
            return null;
        });
        waitFor(() -> dialog.problem().contains("line"), "the import's error");
        assertThat(onEdt(dialog::problem)).contains("d09-s02.csv, line 3", "'start'", "Nothing was imported");
        assertThat(currentTranscripts()).isEqualTo(before);
        onEdt(() -> {
            dialog.dispose();
            return null;
        });
        SwingUtilities.invokeLater(() -> frame.importFiles(List.of(good)));
        ImportDialog again = waitForDialog();
        onEdt(() -> {
            again.run();
            return null;
        });
        waitFor(() -> again.problem().contains("Imported 1"), "the import");
        onEdt(() -> {
            again.dispose();
            return null;
        });
        assertThat(currentTranscripts()).isEqualTo(before + 1);
    }

    // ---- helpers

    private static ImportDialog waitForDialog() {
        AtomicReference<ImportDialog> found = new AtomicReference<>();
        waitFor(() -> {
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (w instanceof ImportDialog d && d.isShowing()) {
                    found.set(d);
                    return true;
                }
            }
            return false;
        }, "the import dialog");
        return found.get();
    }

    private static int currentTranscripts() {
        try (Workbench reader = Workbench.openReadOnly(project)) {
            return reader.transcripts().size();
        }
    }

    private static int currentTurns(String transcript) {
        try (Workbench reader = Workbench.openReadOnly(project)) {
            return reader.transcript(transcript).turns().size();
        }
    }

    private static String problemText() {
        return findLabels(frame.searchPanel()).stream().filter(t -> t.contains("^")).findFirst().orElse("");
    }

    private static List<String> findLabels(java.awt.Container c) {
        List<String> out = new java.util.ArrayList<>();
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof javax.swing.JLabel l && l.getText() != null) {
                out.add(l.getText());
            }
            if (child instanceof java.awt.Container inner) {
                out.addAll(findLabels(inner));
            }
        }
        return out;
    }

    /** Tess's codings of d01-s01, read from the project file by a second connection. */
    private static List<String> saved() {
        return saved("tess");
    }

    private static List<String> saved(String coder) {
        try (Workbench reader = Workbench.openReadOnly(project)) {
            return reader.codings("d01-s01").stream().filter(c -> c.coder().equals(coder))
                    .map(WindowEndToEndTest::describe).sorted().toList();
        }
    }

    private static String describe(Coding c) {
        return c.span().startTurn() + ":" + c.codeId() + (c.value() == null ? "" : "=" + c.value().toPlainString());
    }

    private static int selectedTurn() {
        return onEdt(() -> frame.transcriptPanel().turns().getSelectedIndex() + 1);
    }

    private static String status() {
        return onEdt(() -> frame.statusBar().message());
    }

    private static void press(int key) {
        robot.keyPress(key);
        robot.keyRelease(key);
        settle();
    }

    private static void shift(int key) {
        robot.keyPress(KeyEvent.VK_SHIFT);
        press(key);
        robot.keyRelease(KeyEvent.VK_SHIFT);
        settle();
    }

    private static void ctrl(int key) {
        robot.keyPress(KeyEvent.VK_CONTROL);
        press(key);
        robot.keyRelease(KeyEvent.VK_CONTROL);
        settle();
    }

    private static void type(String text) {
        for (char c : text.toCharArray()) {
            press(KeyEvent.getExtendedKeyCodeForChar(c));
        }
    }

    /**
     * Waits until the event queue has handled what the robot sent: the X server's round trip, then
     * the event thread's queue, twice. Not the robot's waitForIdle, which, while anything animates
     * (a progress bar, a completion popup), waits out its own time limit of seconds at every key.
     */
    private static void settle() {
        java.awt.Toolkit.getDefaultToolkit().sync();
        robot.delay(40);
        onEdt(() -> null);
        // What the keys asked of the project's owner is saved, and its outcome shown.
        onEdt(() -> frame.session()).awaitIdle();
        robot.delay(10);
        onEdt(() -> null);
    }

    private static void waitFor(Supplier<Boolean> condition, String what) {
        // Generous: CI machines are shared; a hang still fails.
        long until = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < until) {
            if (onEdt(condition)) {
                return;
            }
            robot.delay(100);
        }
        fail("waited two minutes for " + what + "; the status bar says: " + status());
    }

    private static <T> T onEdt(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AttuneWindow.onEdt(() -> result.set(work.get()));
        return result.get();
    }

    private static void screenshot(String name) {
        // Not the robot's waitForIdle: with something animating on screen it waits out its own
        // time limit (about ten seconds) each time; the event queue flushed twice is enough here.
        onEdt(() -> null);
        robot.delay(300);
        onEdt(() -> null);
        Rectangle bounds = onEdt(() -> frame.getBounds());
        BufferedImage image = robot.createScreenCapture(bounds);
        Path folder = Path.of(System.getProperty("attune.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(folder);
            ImageIO.write(image, "png", folder.resolve(name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
