package org.attune.ui;

import java.awt.BorderLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import org.attune.model.Transcript;
import org.attune.model.Turn;

/**
 * The centre of the window: the transcript list, and under it the current turn's text, where a
 * stretch can be selected with the mouse or Shift and the arrows. The coding keys work in both.
 */
final class TranscriptPanel extends JPanel {

    private final ProjectSession session;
    private final KeyCoding keys;
    private final TurnList list;
    private final JTextArea turnText = new JTextArea(3, 40);
    private final JLabel header = new JLabel(" ");
    private final Consumer<Outcome> status;
    private final Supplier<String> selectedCode;
    private boolean following;

    TranscriptPanel(ProjectSession session, KeyCoding keys, Consumer<Outcome> status, Supplier<String> selectedCode) {
        super(new BorderLayout());
        this.session = session;
        this.keys = keys;
        this.status = status;
        this.selectedCode = selectedCode;
        this.list = new TurnList(session);
        header.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        header.putClientProperty("FlatLaf.styleClass", "h4");
        add(header, BorderLayout.NORTH);

        turnText.setEditable(false);
        turnText.setLineWrap(true);
        turnText.setWrapStyleWord(true);
        turnText.getAccessibleContext().setAccessibleName("Text of the current turn");
        turnText.getAccessibleContext().setAccessibleDescription(
                "Select part of the turn to code only that part; the coding keys work here too. Escape goes back to the list.");
        turnText.addCaretListener(e -> selectionChanged());

        JScrollPane listScroll = new JScrollPane(list);
        listScroll.getVerticalScrollBar().setUnitIncrement(24);
        JScrollPane textScroll = new JScrollPane(turnText);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, listScroll, textScroll);
        split.setResizeWeight(1.0);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);
        SwingUtilities.invokeLater(() -> split.setDividerLocation(Math.max(100, split.getHeight() - turnText.getPreferredSize().height - 12)));

        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !following && list.getSelectedIndex() >= 0) {
                keys.moveTo(list.getSelectedIndex() + 1);
                showTurnText();
            }
        });
        install(list);
        install(turnText);
        bind(turnText, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "back-to-list", list::requestFocusInWindow);
    }

    TurnList turns() {
        return list;
    }

    JTextArea turnText() {
        return turnText;
    }

    /** Shows the session's transcript from its first turn (or a given one). */
    void showTranscript(int turn) {
        Transcript t = session.transcript().orElse(null);
        list.show(t);
        header.setText(t == null ? "No transcript open: choose one on the left" : headerOf(t));
        keys.moveTo(turn);
        follow();
    }

    private String headerOf(Transcript t) {
        var s = t.session();
        StringBuilder text = new StringBuilder(t.name());
        if (s.dyad() != null) {
            text.append("  ·  dyad ").append(s.dyad());
        }
        if (s.session() != null) {
            text.append("  ·  session ").append(s.session());
        }
        if (s.date() != null) {
            text.append("  ·  ").append(s.date());
        }
        text.append("  ·  ").append(t.turns().size()).append(" turns");
        return text.toString();
    }

    /** Brings the list to the cursor's turn. */
    void follow() {
        int index = keys.cursor().turn() - 1;
        if (index < 0 || index >= list.getModel().getSize()) {
            turnText.setText("");
            return;
        }
        following = true;
        try {
            list.setSelectedIndex(index);
            list.ensureIndexIsVisible(index);
        } finally {
            following = false;
        }
        showTurnText();
    }

    void codingsChanged() {
        list.codingsChanged(keys.cursor().turn());
    }

    private void showTurnText() {
        Turn turn = list.getSelectedValue();
        String text = turn == null ? "" : turn.text();
        if (!text.equals(turnText.getText())) {
            turnText.setText(text);
            turnText.setCaretPosition(0);
        }
    }

    private void selectionChanged() {
        if (!turnText.isFocusOwner() && turnText.getSelectionStart() == turnText.getSelectionEnd()) {
            return;
        }
        String text = turnText.getText();
        int start = text.codePointCount(0, Math.min(turnText.getSelectionStart(), text.length()));
        int end = text.codePointCount(0, Math.min(turnText.getSelectionEnd(), text.length()));
        keys.select(start, end);
    }

    /** The coding keys, on a component that has the focus. */
    private void install(JComponent target) {
        bind(target, KeyStroke.getKeyStroke('j'), "next-turn", () -> move(1));
        bind(target, KeyStroke.getKeyStroke('k'), "previous-turn", () -> move(-1));
        bind(target, KeyStroke.getKeyStroke('J'), "next-turn-5", () -> move(5));
        bind(target, KeyStroke.getKeyStroke('K'), "previous-turn-5", () -> move(-5));
        if (target == list) {
            bind(target, KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), "next-turn", () -> move(1));
            bind(target, KeyStroke.getKeyStroke(KeyEvent.VK_UP, 0), "previous-turn", () -> move(-1));
            bind(target, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "select-text", turnText::requestFocusInWindow);
        }
        for (char c = 'a'; c <= 'z'; c++) {
            if (c != 'j' && c != 'k') {
                codeKey(target, String.valueOf(c));
                codeKey(target, String.valueOf(Character.toUpperCase(c)));
            }
        }
        for (int d = 0; d <= 9; d++) {
            int digit = d;
            bind(target, KeyStroke.getKeyStroke((char) ('0' + d)), "level-" + d, () -> report(keys.digit(digit)));
        }
        bind(target, KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "remove-code", () -> report(keys.remove(selectedCode.get())));
        bind(target, KeyStroke.getKeyStroke(KeyEvent.VK_BACK_SPACE, 0), "remove-code", () -> report(keys.remove(selectedCode.get())));
    }

    private void codeKey(JComponent target, String key) {
        bind(target, KeyStroke.getKeyStroke(key.charAt(0)), "code-" + key, () -> report(keys.key(key)));
    }

    /** Asks for a memo for a coding on the current turn; a memo is typed, so a small dialog is right here. */
    void memo() {
        var here = session.mine().on(keys.cursor().turn());
        if (here.isEmpty()) {
            report(Outcome.refused("a memo goes on a coding: code turn " + keys.cursor().turn() + " first"));
            return;
        }
        String code = selectedCode.get();
        var target = here.stream().filter(c -> c.codeId().equals(code)).findFirst().orElse(here.getLast());
        Object memo = JOptionPane.showInputDialog(this, "Memo on " + CodingLabel.of(target, session), "Memo",
                JOptionPane.PLAIN_MESSAGE, null, null, target.memo() == null ? "" : target.memo());
        if (memo != null) {
            report(keys.memo(target.codeId(), memo.toString()));
        }
    }

    private void move(int delta) {
        keys.move(delta);
        follow();
    }

    private void report(Outcome outcome) {
        status.accept(outcome);
        follow();
    }

    private static void bind(JComponent target, KeyStroke stroke, String name, Runnable action) {
        InputMap map = target.getInputMap(JComponent.WHEN_FOCUSED);
        map.put(stroke, name);
        target.getActionMap().put(name, new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }
}
