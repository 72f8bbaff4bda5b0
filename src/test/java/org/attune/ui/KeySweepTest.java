package org.attune.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.Component;
import java.awt.Container;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import javax.swing.AbstractButton;
import javax.swing.Action;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import javax.swing.MenuSelectionManager;
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
 * Every accelerator and menu key of the real window, pressed with the robot where a coder would
 * press it: on a client turn with a level, on a therapist turn, right after a scale code's key
 * (while it waits for its level), and with the Consensus queue focused. After each key a second,
 * read-only connection reads every row of the project file: only a key whose documented job is a
 * change (its action says so) may have written anything. The keys are read from the window's own
 * menus and input maps, Swing's bindings included, so a key added later is pressed too.
 */
@WindowTests
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeySweepTest {

    @TempDir
    static Path dir;

    private static Path project;
    private static Preferences node;
    private static MainFrame frame;
    private static WindowDriver driver;

    /** A client turn of d01-s01, and a therapist turn. */
    static final int CLIENT_TURN = 2;
    static final int THERAPIST_TURN = 1;

    enum State { CLIENT_TURN_WITH_A_LEVEL, THERAPIST_TURN, RIGHT_AFTER_A_SCALE_KEY, CONSENSUS_QUEUE }

    /** A key as found in the window, and whether its documented job is a change of the project. */
    record Key(KeyStroke stroke, String what, boolean changes) {
    }

    @BeforeAll
    static void openTheDemo() throws Exception {
        WindowDriver.requireDisplay();
        project = dir.resolve("sweep.attune");
        node = Preferences.userRoot().node("org/attune/test/sweep-" + System.nanoTime());
        WindowPreferences prefs = new WindowPreferences(node);
        prefs.coder(project, "tess");
        Workbench workbench = DemoProject.build(project, Progress.NONE).workbench();
        frame = WindowDriver.show(workbench, prefs);
        driver = new WindowDriver(() -> frame);
        driver.settle();
        driver.waitFor(() -> frame.session().view().transcript() != null, "the first transcript");
        // The consensus queue, started once (a documented change), for the last state.
        WindowDriver.onEdt(() -> {
            var panel = frame.consensusPanel();
            List<String> names = java.util.stream.IntStream.range(0, panel.coders.getModel().getSize())
                    .mapToObj(i -> panel.coders.getModel().getElementAt(i)).toList();
            panel.coders.setSelectedIndices(new int[] {names.indexOf("anna"), names.indexOf("ben")});
            panel.start.doClick();
            return null;
        });
        driver.waitFor(() -> frame.consensusPanel().openCount() > 0, "the disagreements");
    }

    @AfterAll
    static void close() throws Exception {
        if (frame != null && frame.isDisplayable()) {
            AttuneWindow.onEdt(frame::dispose);
        }
        if (node != null) {
            node.removeNode();
        }
    }

    @Test
    @Order(10)
    void noKeyChangesTheProjectUnlessChangingItIsItsJob() {
        Map<String, List<String>> changedBy = new LinkedHashMap<>();
        int pressed = 0;
        for (State state : State.values()) {
            reset(state);
            List<Key> keys = keys();
            assertThat(keys).as("keys found in " + state).hasSizeGreaterThan(20);
            Map<String, List<String>> before = null;
            for (Key key : keys) {
                if (closesTheWindow(key)) {
                    continue;
                }
                if (before == null || !inState(state)) {
                    reset(state);
                    before = ProjectFileDump.of(project);
                }
                driver.press(key.stroke());
                closeStrays();
                var after = ProjectFileDump.of(project);
                pressed++;
                List<String> differences = ProjectFileDump.differences(before, after);
                if (!differences.isEmpty()) {
                    String which = WindowKeys.text(key.stroke()) + " (" + key.what() + ") in " + state;
                    if (!key.changes()) {
                        fail(which + " changed the project file, and its job is not a change: " + differences);
                    }
                    changedBy.put(which, differences);
                }
                before = after;
            }
        }
        assertThat(pressed).isGreaterThan(100);
        // The keys that did change something are the ones whose job it is: among them, done marks
        // (Ctrl+D) change the done marks alone.
        changedBy.forEach((key, differences) -> {
            if (key.startsWith("Ctrl+D ")) {
                assertThat(differences).allMatch(d -> d.startsWith("transcripts_done") || d.startsWith("project_info"));
            }
        });
        assertThat(changedBy.keySet()).anyMatch(k -> k.startsWith("Ctrl+D "));
    }

    /** Ctrl+1 … Ctrl+8 move the focus and nothing else, whatever waits: the bug where Ctrl+4 set level 4. */
    @Test
    @Order(20)
    void thePaneKeysOnlyMoveTheFocusWhileAScaleCodeWaitsForItsLevel() {
        int ctrl = java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        for (int n = 1; n <= 8; n++) {
            reset(State.RIGHT_AFTER_A_SCALE_KEY);
            var before = ProjectFileDump.of(project);
            driver.press(KeyStroke.getKeyStroke(KeyEvent.VK_0 + n, ctrl));
            closeStrays();
            assertThat(ProjectFileDump.differences(before, ProjectFileDump.of(project))).as("Ctrl+" + n).isEmpty();
            Component owner = WindowDriver.onEdt(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
            if (n != 2) {
                assertThat(owner).as("Ctrl+" + n + " moves the focus out of the transcript")
                        .isNotSameAs(WindowDriver.onEdt(() -> frame.transcriptPanel().turns()));
            }
        }
        // And an unmodified digit still sets the level.
        reset(State.RIGHT_AFTER_A_SCALE_KEY);
        driver.press(KeyEvent.VK_3);
        assertThat(levelOn(4)).isEqualTo("3");
    }

    /** Ctrl+W closes the window, last, and writes nothing either: everything was saved when it was done. */
    @Test
    @Order(30)
    void closingTheWindowWritesNothing() {
        reset(State.THERAPIST_TURN);
        var before = ProjectFileDump.of(project);
        int ctrl = java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        ProjectSession session = WindowDriver.onEdt(() -> frame.session());
        driver.press(KeyStroke.getKeyStroke(KeyEvent.VK_W, ctrl));
        driver.waitFor(() -> !frame.isDisplayable(), "the window to close");
        session.close();
        assertThat(ProjectFileDump.differences(before, ProjectFileDump.of(project))).isEmpty();
    }

    // ---- the states

    private static void reset(State state) {
        closeStrays();
        WindowDriver.onEdt(() -> {
            if (frame.session().view().transcript() == null || !frame.session().view().transcript().name().equals("d01-s01")) {
                frame.jump("d01-s01", 1);
            }
            return null;
        });
        driver.settle();
        if (state == State.CONSENSUS_QUEUE) {
            WindowDriver.onEdt(() -> {
                frame.tabs().setSelectedComponent(frame.consensusPanel());
                frame.consensusPanel().queue.requestFocusInWindow();
                return null;
            });
            driver.waitFor(() -> frame.consensusPanel().queue.isFocusOwner(), "the consensus queue to have the focus");
            return;
        }
        int turn = state == State.THERAPIST_TURN ? THERAPIST_TURN : state == State.CLIENT_TURN_WITH_A_LEVEL ? CLIENT_TURN : 4;
        WindowDriver.onEdt(() -> {
            frame.jump(null, turn);
            frame.focusTranscript();
            return null;
        });
        driver.waitFor(() -> frame.transcriptPanel().turns().isFocusOwner(), "the transcript to have the focus");
        driver.press(KeyEvent.VK_ESCAPE);
        if (state == State.CLIENT_TURN_WITH_A_LEVEL && levelOn(CLIENT_TURN) == null) {
            driver.shift(KeyEvent.VK_E);
            driver.press(KeyEvent.VK_5);
            assertThat(levelOn(CLIENT_TURN)).isEqualTo("5");
        }
        if (state == State.RIGHT_AFTER_A_SCALE_KEY) {
            driver.shift(KeyEvent.VK_E);
            assertThat(WindowDriver.onEdt(() -> frame.keys().pendingScale().isPresent())).as("E waits for its level").isTrue();
        }
    }

    /** Whether the window is still as a state left it (the key moved nothing), so that the next key needs no reset. */
    private static boolean inState(State state) {
        return WindowDriver.onEdt(() -> {
            Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            SessionView view = frame.session().view();
            if (view.transcript() == null || !view.transcript().name().equals("d01-s01")
                    || MenuSelectionManager.defaultManager().getSelectedPath().length > 0) {
                return false;
            }
            if (state == State.CONSENSUS_QUEUE) {
                return owner == frame.consensusPanel().queue && frame.tabs().getSelectedComponent() == frame.consensusPanel();
            }
            int turn = state == State.THERAPIST_TURN ? THERAPIST_TURN : state == State.CLIENT_TURN_WITH_A_LEVEL ? CLIENT_TURN : 4;
            boolean level = view.mine(CLIENT_TURN).stream().anyMatch(c -> c.codeId().equals("experiencing-level"));
            return owner == frame.transcriptPanel().turns() && frame.keys().cursor().turn() == turn
                    && frame.keys().cursor().wholeTurn()
                    && frame.keys().pendingScale().isPresent() == (state == State.RIGHT_AFTER_A_SCALE_KEY)
                    && (state != State.CLIENT_TURN_WITH_A_LEVEL || level);
        });
    }

    /** Tess's level of Experiencing on a turn of d01-s01, as another program reads it; null when none. */
    private static String levelOn(int turn) {
        try (Workbench reader = Workbench.openReadOnly(project)) {
            return reader.codings("d01-s01").stream().filter(c -> c.coder().equals("tess") && c.span().startTurn() == turn
                    && c.codeId().equals("experiencing-level")).map(c -> c.value().toPlainString()).findFirst().orElse(null);
        }
    }

    /** Dialogs, menus and popups a key opened are closed with Escape, as a person would. */
    private static void closeStrays() {
        for (int i = 0; i < 6; i++) {
            boolean open = WindowDriver.onEdt(() -> MenuSelectionManager.defaultManager().getSelectedPath().length > 0
                    || java.util.Arrays.stream(Window.getWindows()).anyMatch(w -> w != frame && w.isShowing()
                    && !(w.getClass().getName().contains("Popup") && MenuSelectionManager.defaultManager().getSelectedPath().length == 0)
                    && w instanceof java.awt.Dialog));
            if (!open) {
                return;
            }
            driver.press(KeyEvent.VK_ESCAPE);
        }
        List<String> left = WindowDriver.onEdt(() -> java.util.Arrays.stream(Window.getWindows())
                .filter(w -> w != frame && w.isShowing() && w instanceof java.awt.Dialog).map(w -> w.getClass().getSimpleName()).toList());
        fail("Escape did not close " + left);
    }

    private static boolean closesTheWindow(Key key) {
        int ctrl = java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        return key.stroke().equals(KeyStroke.getKeyStroke(KeyEvent.VK_W, ctrl));
    }

    // ---- the keys, read from the window

    /**
     * The keys a press can reach now: every menu accelerator and menu mnemonic, every
     * window-wide binding of every component (buttons' and labels' mnemonics included), and the
     * bindings of the focused component and its ancestors; then Ctrl and Alt with each digit, which
     * type a digit besides what they are bound to.
     */
    private static List<Key> keys() {
        return WindowDriver.onEdt(() -> {
            Map<KeyStroke, Key> keys = new LinkedHashMap<>();
            Component focused = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            List<Component> all = new ArrayList<>();
            collect(frame.getRootPane(), all);
            collect(frame.getJMenuBar(), all);
            for (Component c : all) {
                if (c instanceof JMenuItem item && !(c instanceof JMenu) && item.getAccelerator() != null) {
                    keys.putIfAbsent(item.getAccelerator(), new Key(item.getAccelerator(), item.getText(), changes(item.getAction(), item)));
                }
                if (c instanceof JComponent j) {
                    add(keys, j, JComponent.WHEN_IN_FOCUSED_WINDOW);
                }
            }
            for (Component c = focused; c != null; c = c.getParent()) {
                if (c instanceof JComponent j) {
                    add(keys, j, c == focused ? JComponent.WHEN_FOCUSED : JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
                    if (c == focused) {
                        add(keys, j, JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
                    }
                }
            }
            for (int d = 0; d <= 9; d++) {
                for (int modifier : new int[] {InputEvent.CTRL_DOWN_MASK, InputEvent.ALT_DOWN_MASK}) {
                    KeyStroke k = KeyStroke.getKeyStroke(KeyEvent.VK_0 + d, modifier);
                    keys.putIfAbsent(k, new Key(k, "a digit with a modifier", false));
                }
            }
            return List.copyOf(keys.values());
        });
    }

    private static void add(Map<KeyStroke, Key> keys, JComponent c, int condition) {
        InputMap map = c.getInputMap(condition);
        KeyStroke[] strokes = map == null ? null : map.allKeys();
        if (strokes == null) {
            return;
        }
        for (KeyStroke k : strokes) {
            // Typed characters (a code's letter, a digit) are the coding keys themselves; their
            // modified forms are pressed as key strokes here, which type the character too.
            if (k.getKeyEventType() != KeyEvent.KEY_PRESSED || isModifierKey(k.getKeyCode())) {
                continue;
            }
            Object name = map.get(k);
            Action action = name == null ? null : c.getActionMap().get(name);
            keys.putIfAbsent(k, new Key(k, (action == null ? String.valueOf(name) : String.valueOf(action.getValue(Action.NAME)))
                    + " on " + c.getClass().getSimpleName(), changes(action, c)));
        }
    }

    private static boolean isModifierKey(int code) {
        return code == KeyEvent.VK_SHIFT || code == KeyEvent.VK_CONTROL || code == KeyEvent.VK_ALT || code == KeyEvent.VK_META
                || code == KeyEvent.VK_ALT_GRAPH;
    }

    /** Whether an action's documented job is a change: said by the action, or by the button it clicks. */
    private static boolean changes(Action action, Component on) {
        if (action != null && Boolean.TRUE.equals(action.getValue(WindowKeys.CHANGES))) {
            return true;
        }
        return on instanceof AbstractButton b && Boolean.TRUE.equals(b.getClientProperty(WindowKeys.CHANGES));
    }

    private static void collect(Component c, List<Component> out) {
        if (c == null) {
            return;
        }
        out.add(c);
        if (c instanceof JMenu menu) {
            for (int i = 0; i < menu.getItemCount(); i++) {
                collect(menu.getItem(i), out);
            }
        } else if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, out);
            }
        }
    }
}
