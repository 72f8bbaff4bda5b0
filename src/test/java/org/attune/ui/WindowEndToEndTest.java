package org.attune.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
    private static WindowDriver driver;

    @BeforeAll
    static void openTheDemo() throws Exception {
        WindowDriver.requireDisplay();
        project = dir.resolve("demo.attune");
        node = Preferences.userRoot().node("org/attune/test/window-" + System.nanoTime());
        prefs = new WindowPreferences(node);
        prefs.coder(project, "tess");
        Workbench workbench = DemoProject.build(project, Progress.NONE).workbench();
        frame = WindowDriver.show(workbench, prefs);
        driver = new WindowDriver(() -> frame);
        robot = driver.robot;
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

    /** The current turn's codings in plain sight, a span highlighted in the text, and the progress in the session. */
    @Test
    @Order(32)
    void listsTheTurnsCodingsAndHighlightsASpanCodedByKeys() throws Exception {
        assertThat(onEdt(() -> frame.keys().cursor().turn())).isEqualTo(4);
        assertThat(onEdt(() -> frame.transcriptPanel().codingsOnTurn().rows()))
                .anySatisfy(r -> {
                    assertThat(r.code()).isEqualTo("Experiencing level");
                    assertThat(r.coder()).isEqualTo("tess");
                    assertThat(r.level()).startsWith("5 – ");
                    assertThat(r.covers()).isEqualTo("the whole turn");
                });
        assertThat(onEdt(() -> frame.transcriptPanel().progressText())).isEqualTo("tess: 2 of 168 turns coded");
        press(KeyEvent.VK_K);
        press(KeyEvent.VK_ENTER);
        assertThat(onEdt(() -> frame.transcriptPanel().turnText().isFocusOwner())).as("Enter: into the turn's text").isTrue();
        for (int i = 0; i < "Everything".length(); i++) {
            shift(KeyEvent.VK_RIGHT);
        }
        press(KeyEvent.VK_H);
        assertThat(status()).isEqualTo("applied Here-and-now focus on turn 3");
        try (Workbench reader = Workbench.openReadOnly(project)) {
            Coding span = reader.codings("d01-s01").stream().filter(c -> c.coder().equals("tess") && c.codeId().equals("here-and-now"))
                    .findFirst().orElseThrow();
            assertThat(span.span().startOffset()).isZero();
            assertThat(span.span().endOffset()).isEqualTo(10);
        }
        assertThat(onEdt(() -> frame.transcriptPanel().turnText().getHighlighter().getHighlights().length)).isEqualTo(1);
        assertThat(onEdt(() -> frame.transcriptPanel().codingsOnTurn().rows()))
                .anySatisfy(r -> assertThat(r.covers()).isEqualTo("“Everything”"));
        press(KeyEvent.VK_ESCAPE);
        assertThat(onEdt(() -> frame.transcriptPanel().turns().isFocusOwner())).isTrue();
        screenshot("turn-codings");
        // The span stays with what the coder asked: undone, as any other action.
        ctrl(KeyEvent.VK_Z);
        assertThat(saved()).doesNotContain("3:here-and-now");
        press(KeyEvent.VK_J);
    }

    /** A scale code's level shows in the row, and the selected row's stripes stay visible against its highlight. */
    @Test
    @Order(34)
    void theRowShowsTheLevelAndTheCurrentRowKeepsItsStripes() {
        assertThat(onEdt(() -> {
            TurnList list = frame.transcriptPanel().turns();
            TurnRenderer renderer = (TurnRenderer) list.getCellRenderer().getListCellRendererComponent(list,
                    list.getModel().getElementAt(3), 3, true, true);
            return renderer.levelTags();
        })).containsExactly("Exp 5");
        // The selected row (turn 4): its margin shows the codes' colors, not the selection's.
        java.awt.Rectangle row = onEdt(() -> {
            TurnList list = frame.transcriptPanel().turns();
            java.awt.Rectangle r = list.getCellBounds(3, 3);
            java.awt.Point at = list.getLocationOnScreen();
            return new java.awt.Rectangle(at.x + r.x, at.y + r.y, 40, r.height);
        });
        java.awt.image.BufferedImage margin = robot.createScreenCapture(row);
        java.awt.Color selection = onEdt(() -> frame.transcriptPanel().turns().getSelectionBackground());
        java.util.Set<Integer> colors = new java.util.HashSet<>();
        for (int x = 0; x < margin.getWidth(); x++) {
            colors.add(margin.getRGB(x, margin.getHeight() / 2) & 0xffffff);
        }
        java.awt.Color experiencing = onEdt(() -> Palette.code(frame.session().code("experiencing-level").orElseThrow()));
        assertThat(colors).as("the stripe of Experiencing on the selected row").contains(experiencing.getRGB() & 0xffffff);
        assertThat(colors.stream().filter(c -> c == (selection.getRGB() & 0xffffff)).count()).as("the margin is not the selection's color")
                .isLessThanOrEqualTo(1);
    }

    /** Moving with J keeps the current turn in view with the next one below it. */
    @Test
    @Order(36)
    void movingKeepsTheNextTurnInView() {
        onEdt(() -> {
            frame.jump(null, 1);
            return null;
        });
        settle();
        for (int i = 0; i < 14; i++) {
            press(KeyEvent.VK_J);
            int turn = onEdt(() -> frame.keys().cursor().turn());
            assertThat(onEdt(() -> frame.transcriptPanel().turns().shows(turn))).as("turn " + turn + " in view").isTrue();
            assertThat(onEdt(() -> frame.transcriptPanel().turns().shows(turn + 1))).as("turn " + (turn + 1) + " below it").isTrue();
        }
        onEdt(() -> {
            frame.jump(null, 4);
            return null;
        });
        settle();
    }

    /** F1 lists every key of the window, read from its menus and key maps. */
    @Test
    @Order(38)
    void f1ListsEveryKey() {
        press(KeyEvent.VK_F1);
        KeysDialog keys = waitForWindow(KeysDialog.class);
        List<String> rows = onEdt(() -> java.util.stream.IntStream.range(0, keys.table.getRowCount())
                .mapToObj(i -> keys.table.getValueAt(i, 0) + " = " + keys.table.getValueAt(i, 1)).toList());
        assertThat(rows).contains("Ctrl+D = Mark transcript done, or not done", "Ctrl+4 = Search", "] = next turn where the compared coders differ",
                ". = first key of a code's two-key chord (.a, .b …: see the codebook)", "F11 = Enlarge or shrink the tabs");
        assertThat(rows).anyMatch(r -> r.contains("a code's key"));
        // Every menu accelerator is there.
        List<String> accelerators = onEdt(() -> WindowKeys.bindings(frame).stream().filter(b -> b.on() instanceof javax.swing.JMenuItem)
                .map(b -> WindowKeys.text(b.stroke())).toList());
        assertThat(accelerators).hasSizeGreaterThan(15);
        assertThat(rows).allSatisfy(r -> assertThat(r).doesNotContain("<html>", "<td>"));
        for (String a : accelerators) {
            assertThat(rows).as(a).anyMatch(r -> r.startsWith(a + " = ") || r.contains(", " + a + " = ") || r.startsWith(a + ","));
        }
        screenshot("keys");
        press(KeyEvent.VK_ESCAPE);
        assertThat(onEdt(keys::isShowing)).isFalse();
    }

    /** A code without a key of its own: its chord, two keys. */
    @Test
    @Order(39)
    void aCodeWithoutAKeyIsAppliedWithTwoKeys() {
        onEdt(() -> {
            frame.jump(null, 1);
            return null;
        });
        settle();
        String chord = onEdt(() -> CodeKeys.of(frame.session().view().codebook()).keyOf("cue-based-response"));
        assertThat(chord).isEqualTo(".a");
        type(chord);
        assertThat(status()).isEqualTo("applied Cue-based response on turn 1");
        assertThat(saved()).contains("1:cue-based-response");
        ctrl(KeyEvent.VK_Z);
        assertThat(saved()).doesNotContain("1:cue-based-response");
        onEdt(() -> {
            frame.jump(null, 4);
            return null;
        });
        settle();
    }

    /** Ctrl+D marks the transcript done and again not done, saying which; Ctrl+Z takes a mark back. */
    @Test
    @Order(41)
    void ctrlDTogglesTheDoneMarkAndUndoTakesItBack() {
        ctrl(KeyEvent.VK_D);
        assertThat(status()).isEqualTo("d01-s01 marked done by tess");
        assertThat(done()).isTrue();
        assertThat(onEdt(() -> frame.transcriptPanel().progressText())).endsWith("marked done");
        ctrl(KeyEvent.VK_D);
        assertThat(status()).isEqualTo("d01-s01 no longer marked done by tess");
        assertThat(done()).isFalse();
        ctrl(KeyEvent.VK_Z);
        assertThat(status()).isEqualTo("undone: d01-s01 no longer marked done by tess");
        assertThat(done()).isTrue();
        ctrl(KeyEvent.VK_Z);
        assertThat(done()).isFalse();
    }

    private static boolean done() {
        try (Workbench reader = Workbench.openReadOnly(project)) {
            return reader.transcriptsDone("tess").contains("d01-s01");
        }
    }

    /** A memo of several lines, typed in its own editor. */
    @Test
    @Order(42)
    void aMemoIsTypedOnSeveralLines() {
        ctrl(KeyEvent.VK_M);
        MemoEditor editor = waitForWindow(MemoEditor.class);
        type("voice drops");
        press(KeyEvent.VK_ENTER);
        type("then a long pause");
        driver.press(javax.swing.KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, java.awt.event.InputEvent.CTRL_DOWN_MASK));
        waitFor(() -> !editor.isShowing(), "the memo editor to close");
        settle();
        try (Workbench reader = Workbench.openReadOnly(project)) {
            assertThat(reader.codings("d01-s01").stream().filter(c -> c.coder().equals("tess") && c.span().startTurn() == 4)
                    .map(Coding::memo).filter(java.util.Objects::nonNull)).containsExactly("voice drops\nthen a long pause");
        }
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
    }

    /** Comparing: a legend of whose stripes are whose, the disagreeing turns marked, and keys to step through them. */
    @Test
    @Order(82)
    void compareNamesTheStripesAndStepsThroughTheDisagreements() {
        String legend = onEdt(() -> frame.transcriptPanel().legendText());
        assertThat(legend).contains("left <b>anna</b>", "right <b>ben</b>", "turns differ");
        onEdt(() -> {
            frame.jump(null, 1);
            return null;
        });
        settle();
        press(KeyEvent.VK_CLOSE_BRACKET);
        int first = onEdt(() -> frame.keys().cursor().turn());
        assertThat(first).isGreaterThan(1);
        assertThat(onEdt(() -> frame.session().view().disagrees(first))).isTrue();
        assertThat(onEdt(() -> frame.session().view().mine(first).stream().map(c -> c.codeId()).sorted().toList()))
                .isNotEqualTo(onEdt(() -> frame.session().view().theirs(first).stream().map(c -> c.codeId()).sorted().toList()));
        press(KeyEvent.VK_CLOSE_BRACKET);
        int second = onEdt(() -> frame.keys().cursor().turn());
        assertThat(second).isGreaterThan(first);
        press(KeyEvent.VK_OPEN_BRACKET);
        assertThat(onEdt(() -> frame.keys().cursor().turn())).isEqualTo(first);
        screenshot("compare");
        press(KeyEvent.VK_SEMICOLON);
        int uncoded = onEdt(() -> frame.keys().cursor().turn());
        assertThat(onEdt(() -> frame.session().view().mine(uncoded))).isEmpty();
        onEdt(() -> {
            frame.statusBar().compareWith.setSelectedItem("nobody");
            return null;
        });
        settle();
    }

    /** Each transcript opens again where the coder left it; F11 and a theme change keep the current turn in view. */
    @Test
    @Order(83)
    void remembersThePlaceInEachTranscriptAndKeepsTheTurnInView() {
        onEdt(() -> {
            frame.jump(null, 120);
            return null;
        });
        settle();
        onEdt(() -> {
            frame.openTranscript("d01-s02");
            return null;
        });
        waitFor(() -> frame.session().view().transcript().name().equals("d01-s02"), "d01-s02");
        settle();
        onEdt(() -> {
            frame.openTranscript("d01-s01");
            return null;
        });
        waitFor(() -> frame.session().view().transcript().name().equals("d01-s01"), "d01-s01");
        settle();
        assertThat(onEdt(() -> frame.keys().cursor().turn())).isEqualTo(120);
        assertThat(onEdt(() -> frame.transcriptPanel().turns().shows(120))).isTrue();
        onEdt(() -> {
            frame.focusTranscript();
            return null;
        });
        press(KeyEvent.VK_F11);
        settle();
        assertThat(onEdt(() -> frame.tabsEnlarged())).as("F11 enlarges the tabs").isTrue();
        assertThat(onEdt(() -> frame.transcriptPanel().turns().inView(120))).as("after F11").isTrue();
        press(KeyEvent.VK_F11);
        settle();
        assertThat(onEdt(() -> frame.tabsEnlarged())).as("F11 again gives the room back").isFalse();
        assertThat(onEdt(() -> frame.transcriptPanel().turns().shows(120))).as("after F11 again").isTrue();
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

    /**
     * A study started from the window: a new project in this same window, transcripts imported, a
     * clear word while it has no codebook, a codebook attached, then replaced by one that would
     * orphan a coding (the core's refusal shown with its list, keeping the codebook unless the
     * coder explicitly chooses to delete), and the demo opened again in the same window.
     */
    @Test
    @Order(97)
    void aStudyStartsAndRunsFromTheWindow() throws Exception {
        Path fresh = dir.resolve("study.attune");
        onEdt(() -> {
            frame.files().create(fresh);
            return null;
        });
        waitFor(() -> frame.getTitle().contains("study.attune"), "the new project in this window");
        assertThat(showingFrames()).as("one window").isEqualTo(1);
        assertThat(status()).contains("attach a codebook");
        Path transcript = Files.writeString(dir.resolve("s01-s01.csv"),
                "speaker,text\nTherapist,How has the week been?\nClient,Long. I kept thinking about my father.\n");
        SwingUtilities.invokeLater(() -> frame.importFiles(List.of(transcript)));
        ImportDialog dialog = waitForDialog();
        onEdt(() -> {
            dialog.run();
            return null;
        });
        waitFor(() -> dialog.problem().contains("Imported 1"), "the import");
        onEdt(() -> {
            dialog.dispose();
            return null;
        });
        waitFor(() -> frame.session().view().transcript() != null, "the imported transcript opened");
        onEdt(() -> {
            frame.focusTranscript();
            return null;
        });
        settle();
        press(KeyEvent.VK_S);
        assertThat(status()).startsWith("this project has no codebook yet").doesNotContain("key 's'");

        onEdt(() -> frame.files().useCodebook(Path.of("codebooks/conversational-model.yaml"), false));
        waitFor(() -> status().startsWith("codebook version 1"), "the codebook attached");
        onEdt(() -> {
            frame.jump(null, 1);
            frame.focusTranscript();
            return null;
        });
        settle();
        press(KeyEvent.VK_S);
        assertThat(status()).isEqualTo("applied Statement on turn 1");

        // A codebook without Statement would orphan that coding: refused, with the list, and a choice.
        Path small = Files.writeString(dir.resolve("small.yaml"), """
                name: Small
                version: "1"
                groups:
                  - id: client-form
                    name: Client conversation form
                    exclusive: true
                    applies_to: client
                    codes:
                      - id: narrative
                        name: Narrative
                        key: "n"
                """);
        onEdt(() -> frame.files().useCodebook(small, false));
        javax.swing.JDialog choice = waitForWindow(javax.swing.JDialog.class);
        String question = onEdt(() -> findLabels(choice.getContentPane()).stream().filter(t -> t.contains("statement"))
                .findFirst().orElse(""));
        assertThat(question).contains("statement");
        press(KeyEvent.VK_ESCAPE);
        waitFor(() -> status().equals("the codebook was not changed"), "the codebook kept");
        assertThat(studyCodings(fresh)).containsExactly("1:statement");
        onEdt(() -> frame.files().useCodebook(small, false));
        javax.swing.JDialog again = waitForWindow(javax.swing.JDialog.class);
        javax.swing.JButton delete = onEdt(() -> findButton(again, CodebookRefusal.REPLACE_ANYWAY));
        java.awt.Point at = onEdt(() -> {
            java.awt.Point p = delete.getLocationOnScreen();
            return new java.awt.Point(p.x + delete.getWidth() / 2, p.y + delete.getHeight() / 2);
        });
        driver.click(at);
        waitFor(() -> status().startsWith("codebook version 2"), "the codebook replaced");
        assertThat(studyCodings(fresh)).isEmpty();

        onEdt(() -> {
            frame.openProject(project);
            return null;
        });
        waitFor(() -> frame.getTitle().contains("demo.attune") && frame.session().view().transcript() != null, "the demo again");
        assertThat(showingFrames()).as("still one window").isEqualTo(1);
    }

    private static List<String> studyCodings(Path study) {
        try (Workbench reader = Workbench.openReadOnly(study)) {
            return reader.transcripts().stream().flatMap(t -> reader.codings(t.name()).stream())
                    .map(c -> c.span().startTurn() + ":" + c.codeId()).sorted().toList();
        }
    }

    private static long showingFrames() {
        return onEdt(() -> java.util.Arrays.stream(java.awt.Frame.getFrames()).filter(java.awt.Frame::isShowing).count());
    }

    private static javax.swing.JButton findButton(java.awt.Container c, String text) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof javax.swing.JButton b && text.equals(b.getText())) {
                return b;
            }
            if (child instanceof java.awt.Container inner) {
                javax.swing.JButton found = findButton(inner, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Long work stays cancellable and the window answers meanwhile: an import of four long
     * sessions, cancelled from its dialog while it runs, leaves the project as it was, and the
     * transcript moves by key during it.
     */
    @Test
    @Order(86)
    void aLongImportIsCancelledAndLeavesTheProjectAsItWas() throws Exception {
        List<Path> files = new java.util.ArrayList<>();
        for (int f = 1; f <= 4; f++) {
            StringBuilder csv = new StringBuilder("speaker,text\n");
            for (int t = 0; t < 60_000; t++) {
                csv.append(t % 2 == 0 ? "Therapist" : "Client").append(",Turn ").append(t).append(" of session ").append(f)
                        .append(", with some words to read and store.\n");
            }
            files.add(Files.writeString(dir.resolve("d20-s0" + f + ".csv"), csv));
        }
        int before = currentTranscripts();
        SwingUtilities.invokeLater(() -> frame.importFiles(files));
        ImportDialog dialog = waitForDialog();
        int turnBefore = onEdt(() -> frame.keys().cursor().turn());
        onEdt(() -> {
            dialog.run();
            return null;
        });
        waitFor(dialog::importing, "the import to run");
        // The event thread is free: the transcript behind the dialog still moves.
        onEdt(() -> {
            frame.keys().move(1);
            return null;
        });
        assertThat(onEdt(() -> frame.keys().cursor().turn())).isEqualTo(turnBefore + 1);
        press(KeyEvent.VK_ESCAPE);
        waitFor(() -> !dialog.isShowing(), "the dialog to close");
        settle();
        assertThat(currentTranscripts()).as("nothing of a cancelled import is kept").isEqualTo(before);
    }

    // ---- helpers

    private static <W extends java.awt.Window> W waitForWindow(Class<W> type) {
        AtomicReference<W> found = new AtomicReference<>();
        waitFor(() -> {
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (type.isInstance(w) && w.isShowing()) {
                    found.set(type.cast(w));
                    return true;
                }
            }
            return false;
        }, "a " + type.getSimpleName());
        return found.get();
    }

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
        driver.press(key);
    }

    private static void shift(int key) {
        driver.shift(key);
    }

    private static void ctrl(int key) {
        driver.ctrl(key);
    }

    private static void type(String text) {
        driver.type(text);
    }

    private static void settle() {
        driver.settle();
    }

    private static void waitFor(Supplier<Boolean> condition, String what) {
        driver.waitFor(condition, what);
    }

    private static <T> T onEdt(Supplier<T> work) {
        return WindowDriver.onEdt(work);
    }

    private static void screenshot(String name) {
        driver.screenshot(name);
    }
}
