package org.attune.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.ActionMap;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;

/**
 * The window's keys, made one way so that they can be listed: every key is bound to an action
 * that says what it does ({@link Action#NAME}), where it works, and whether its job is to change
 * the project. F1 lists the keys from the window's own input and action maps, and a test presses
 * every one of them; a key added later is in both without anyone writing it down twice.
 *
 * <p>Typed keys (a code's letter, a level's digit) act only when no Ctrl, Alt or Meta is held:
 * Swing hands a key binding for a typed character every event with that character whatever the
 * modifiers, so Ctrl+4 (a pane key) would otherwise also arrive as the digit 4 and set a level.
 */
final class WindowKeys {

    /** Action property: Boolean, whether the action's documented job changes the project. */
    static final String CHANGES = "attune.changes";
    /** Action property: where the key works, as F1 says it ("transcript", "codebook" ...). */
    static final String WHERE = "attune.where";
    /** Action property: keys of one kind (all the code letters) listed by F1 as one line. */
    static final String GROUP = "attune.group";

    private static final int MODIFIERS = InputEvent.CTRL_DOWN_MASK | InputEvent.ALT_DOWN_MASK | InputEvent.META_DOWN_MASK;

    private WindowKeys() {
    }

    /** An action: its description for F1, whether it changes the project, and what it does. */
    static Action action(String description, boolean changes, Runnable run) {
        Action action = new AbstractAction(description) {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
        action.putValue(CHANGES, changes);
        return action;
    }

    /** An action for a typed key that does nothing when Ctrl, Alt or Meta is held. */
    static Action typed(String description, boolean changes, Runnable run) {
        Action action = new AbstractAction(description) {
            @Override
            public void actionPerformed(ActionEvent e) {
                if (unmodified(e)) {
                    run.run();
                }
            }
        };
        action.putValue(CHANGES, changes);
        return action;
    }

    /** Whether an event came with no Ctrl, Alt or Meta held (Shift and AltGr, which type characters, are fine). */
    static boolean unmodified(ActionEvent e) {
        int old = e.getModifiers();
        return (old & (ActionEvent.CTRL_MASK | ActionEvent.ALT_MASK | ActionEvent.META_MASK)) == 0;
    }

    static boolean unmodified(KeyEvent e) {
        return (e.getModifiersEx() & MODIFIERS) == 0;
    }

    /** Binds a key on a component, under a name, with where it works for F1. */
    static void bind(JComponent target, int condition, KeyStroke stroke, String name, String where, Action action) {
        action.putValue(WHERE, where);
        target.getInputMap(condition).put(stroke, name);
        target.getActionMap().put(name, action);
    }

    static void bind(JComponent target, KeyStroke stroke, String name, String where, Action action) {
        bind(target, JComponent.WHEN_FOCUSED, stroke, name, where, action);
    }

    /** One key as F1 lists it. */
    record Key(String keys, String does, String where, boolean changes) {
    }

    /** One binding found in the window: for F1 and for the test that presses every key. */
    record Binding(KeyStroke stroke, Action action, JComponent on, int condition) {

        boolean changes() {
            return Boolean.TRUE.equals(action.getValue(CHANGES));
        }

        String does() {
            Object name = action.getValue(Action.NAME);
            return name == null ? "" : name.toString();
        }
    }

    /**
     * Every key of the window: the menus' accelerators and every binding of Attune's own actions
     * (those made here) in the input maps of the frame's components. Swing's own bindings (a
     * list's Ctrl+A) are left out, as they are not Attune's.
     */
    static List<Binding> bindings(JFrame frame) {
        List<Binding> found = new ArrayList<>();
        List<Component> todo = new ArrayList<>(List.of(frame.getRootPane()));
        while (!todo.isEmpty()) {
            Component c = todo.removeLast();
            if (c instanceof JComponent j && !(c instanceof JMenuItem)) {
                for (int condition : new int[] {JComponent.WHEN_FOCUSED, JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT,
                        JComponent.WHEN_IN_FOCUSED_WINDOW}) {
                    InputMap map = j.getInputMap(condition);
                    ActionMap actions = j.getActionMap();
                    KeyStroke[] keys = map == null ? null : map.keys();
                    if (keys == null) {
                        continue;
                    }
                    for (KeyStroke k : keys) {
                        Object name = map.get(k);
                        Action a = name == null ? null : actions.get(name);
                        if (a != null && a.getValue(CHANGES) != null) {
                            found.add(new Binding(k, a, j, condition));
                        }
                    }
                }
            }
            if (c instanceof Container container && !(c instanceof javax.swing.JMenuBar)) {
                for (Component child : container.getComponents()) {
                    todo.add(child);
                }
            }
        }
        // The coding keys first, where F1 is read from the top; then the menus' keys.
        java.util.Collections.reverse(found);
        if (frame.getJMenuBar() != null) {
            for (int i = 0; i < frame.getJMenuBar().getMenuCount(); i++) {
                menuBindings(frame.getJMenuBar().getMenu(i), found);
            }
        }
        return found;
    }

    private static void menuBindings(JMenu menu, List<Binding> found) {
        for (int i = 0; i < menu.getItemCount(); i++) {
            JMenuItem item = menu.getItem(i);
            if (item instanceof JMenu sub) {
                menuBindings(sub, found);
            } else if (item != null && item.getAccelerator() != null && item.getAction() != null) {
                item.getAction().putValue(WHERE, "anywhere (" + menu.getText() + " menu)");
                found.add(new Binding(item.getAccelerator(), item.getAction(), item, JComponent.WHEN_IN_FOCUSED_WINDOW));
            }
        }
    }

    /** The keys as F1 lists them: one line per action, the keys of a group (the code letters) on one line. */
    static List<Key> guide(List<Binding> bindings) {
        Map<String, List<String>> keysOf = new LinkedHashMap<>();
        Map<String, Binding> first = new LinkedHashMap<>();
        for (Binding b : bindings) {
            Object group = b.action().getValue(GROUP);
            Object where = b.action().getValue(WHERE);
            String line = (group != null ? group.toString() : b.does()) + "\u0000" + (where == null ? "" : where);
            String text = text(b.stroke());
            List<String> keys = keysOf.computeIfAbsent(line, l -> new ArrayList<>());
            if (!keys.contains(text)) {
                keys.add(text);
            }
            first.putIfAbsent(line, b);
        }
        List<Key> out = new ArrayList<>();
        keysOf.forEach((line, keys) -> {
            String[] parts = line.split("\u0000", -1);
            Binding b = first.get(line);
            String shown = b.action().getValue(GROUP) != null ? keyRange(keys) : String.join(", ", keys);
            out.add(new Key(shown, parts[0], parts[1], b.changes()));
        });
        return out;
    }

    /**
     * A group's keys in reading order, runs written as ranges ("0–9", "a–z, A–V"), so F1 shows every key
     * of the group without listing fifty of them.
     */
    static String keyRange(List<String> keys) {
        List<String> single = keys.stream().filter(k -> k.length() == 1).sorted(WindowKeys::readingOrder).toList();
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < single.size()) {
            int j = i;
            while (j + 1 < single.size() && single.get(j + 1).charAt(0) == single.get(j).charAt(0) + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(single.get(i) + "–" + single.get(j));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(single.get(k));
                }
            }
            i = j + 1;
        }
        keys.stream().filter(k -> k.length() != 1).sorted().forEach(parts::add);
        return String.join(", ", parts);
    }

    private static int readingOrder(String a, String b) {
        return Integer.compare(rank(a.charAt(0)), rank(b.charAt(0))) != 0
                ? Integer.compare(rank(a.charAt(0)), rank(b.charAt(0))) : a.compareTo(b);
    }

    private static int rank(char c) {
        return Character.isDigit(c) ? 0 : Character.isLowerCase(c) ? 1 : Character.isUpperCase(c) ? 2 : 3;
    }

    /** A key stroke in words: "Ctrl+Shift+E", "F1", "s". */
    static String text(KeyStroke k) {
        if (k.getKeyEventType() == KeyEvent.KEY_TYPED) {
            char c = k.getKeyChar();
            return c == ' ' ? "Space" : String.valueOf(c);
        }
        String modifiers = InputEvent.getModifiersExText(k.getModifiers());
        String key = switch (k.getKeyCode()) {
            case KeyEvent.VK_EQUALS -> "=";
            case KeyEvent.VK_MINUS -> "-";
            case KeyEvent.VK_OPEN_BRACKET -> "[";
            case KeyEvent.VK_CLOSE_BRACKET -> "]";
            case KeyEvent.VK_SEMICOLON -> ";";
            case KeyEvent.VK_PERIOD -> ".";
            default -> KeyEvent.getKeyText(k.getKeyCode());
        };
        return modifiers.isEmpty() ? key : modifiers + "+" + key;
    }

    /** Runs a consumer of a finished outcome on the event thread. */
    static void later(java.util.concurrent.CompletableFuture<Outcome> outcome, Consumer<Outcome> show) {
        outcome.whenComplete((o, failure) -> javax.swing.SwingUtilities.invokeLater(() ->
                show.accept(failure != null ? Outcome.refused("failed: " + rootMessage(failure)) : o)));
    }

    static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof org.attune.model.AttuneException ? t.getMessage() : String.valueOf(t);
    }
}
