package org.attune.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Transcript;
import org.attune.model.Turn;

/**
 * The centre of the window: a header (the session, the coder's progress in it, and when
 * comparing whose stripes are whose), the transcript list, and under it the current turn's text,
 * with its span codings highlighted and where a stretch can be selected with the mouse or Shift
 * and the arrows, beside the list of the codings on the turn. The coding keys work in the list
 * and in the text.
 */
final class TranscriptPanel extends JPanel {

    static final String WHERE = "transcript";

    private final ProjectSession session;
    private final KeyCoding keys;
    private final TurnList list;
    private final JTextArea turnText = new JTextArea(3, 40);
    private final TurnCodingsTable onTurn;
    private final JLabel header = new JLabel(" ");
    private final JLabel progress = new JLabel(" ");
    private final JLabel legend = new JLabel(" ");
    private final Consumer<Outcome> status;
    private final Supplier<String> selectedCode;
    private final JScrollPane listScroll;
    private boolean following;
    /** A chord's first key was pressed: the next typed key completes it. */
    private boolean chord;
    private Transcript shownTranscript;

    TranscriptPanel(ProjectSession session, KeyCoding keys, Consumer<Outcome> status, Supplier<String> selectedCode) {
        super(new BorderLayout());
        this.session = session;
        this.keys = keys;
        this.status = status;
        this.selectedCode = selectedCode;
        this.list = new TurnList(session);
        this.onTurn = new TurnCodingsTable();
        header.setBorder(BorderFactory.createEmptyBorder(4, 8, 0, 8));
        header.putClientProperty("FlatLaf.styleClass", "h4");
        progress.getAccessibleContext().setAccessibleName("Progress in this session");
        legend.getAccessibleContext().setAccessibleName("Whose stripes are whose");
        JPanel top = new JPanel(new BorderLayout());
        top.add(header, BorderLayout.NORTH);
        JPanel line = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 0));
        line.add(progress);
        line.add(legend);
        top.add(line, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);

        turnText.setEditable(false);
        turnText.setLineWrap(true);
        turnText.setWrapStyleWord(true);
        turnText.getAccessibleContext().setAccessibleName("Text of the current turn");
        turnText.getAccessibleContext().setAccessibleDescription(
                "Select part of the turn to code only that part; the coding keys work here too. Escape goes back to the list.");
        turnText.addCaretListener(e -> selectionChanged());

        listScroll = new JScrollPane(list);
        listScroll.getVerticalScrollBar().setUnitIncrement(24);
        JScrollPane textScroll = new JScrollPane(turnText);
        JScrollPane codingsScroll = new JScrollPane(onTurn);
        // Equal preferred widths, so that the split shares the width by its weight rather than by what each holds.
        textScroll.setPreferredSize(new java.awt.Dimension(300, textScroll.getPreferredSize().height));
        codingsScroll.setPreferredSize(new java.awt.Dimension(300, textScroll.getPreferredSize().height));
        codingsScroll.setMinimumSize(new java.awt.Dimension(120, 40));
        JSplitPane below = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, textScroll, codingsScroll);
        below.setResizeWeight(0.55);
        below.setBorder(null);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, listScroll, below);
        split.setResizeWeight(1.0);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);
        SwingUtilities.invokeLater(() -> split.setDividerLocation(Math.max(100, split.getHeight() - turnText.getPreferredSize().height * 3 / 2 - 12)));

        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !following && list.getSelectedIndex() >= 0) {
                keys.moveTo(list.getSelectedIndex() + 1);
                showTurn();
            }
        });
        install(list, true);
        install(turnText, false);
        WindowKeys.bind(turnText, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "back-to-list", "turn text",
                WindowKeys.action("back to the transcript list", false, list::requestFocusInWindow));
    }

    TurnList turns() {
        return list;
    }

    JTextArea turnText() {
        return turnText;
    }

    TurnCodingsTable codingsOnTurn() {
        return onTurn;
    }

    String headerText() {
        return header.getText();
    }

    String progressText() {
        return progress.getText();
    }

    String legendText() {
        return legend.getText();
    }

    /** Shows the session's transcript at a turn. */
    void showTranscript(int turn) {
        Transcript t = session.transcript().orElse(null);
        shownTranscript = t;
        list.show(t);
        header.setText(t == null ? "No transcript open: choose one on the left" : headerOf(t));
        keys.moveTo(turn);
        follow();
        showProgress(session.view());
    }

    /** After a new snapshot: a new transcript is shown, else only the changed rows are painted again. */
    void viewChanged(SessionView view) {
        if (view.transcript() != shownTranscript) {
            boolean same = shownTranscript != null && view.transcript() != null
                    && shownTranscript.name().equals(view.transcript().name());
            int at = same ? keys.cursor().turn() : 1;
            showTranscript(at);
            return;
        }
        list.codingsChanged(view.changedTurns());
        showProgress(view);
        showTurnCodings();
    }

    private void showProgress(SessionView view) {
        if (view.transcript() == null) {
            progress.setText(" ");
            legend.setText(" ");
            return;
        }
        int turns = view.turns();
        progress.setText(view.coder() + ": " + view.coded() + " of " + turns + " turns coded"
                + (view.done() ? "  ·  marked done" : ""));
        if (view.comparedWith() != null) {
            legend.setText("<html>stripes: left <b>" + CodeDescription.escape(view.coder()) + "</b>, right <b>"
                    + CodeDescription.escape(view.comparedWith()) + "</b>  ·  <span style='color:"
                    + Palette.hex(UIManager.getColor("Component.error.focusedBorderColor")) + "'>▌</span> "
                    + view.disagreements().cardinality() + " turns differ  ·  ] next, [ previous</html>");
        } else {
            legend.setText(view.blind() ? "blind round: only your codings are shown" : " ");
        }
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

    /**
     * Brings the list to the cursor's turn, with the next turn in view below it, so that the
     * coder reads on without the list jumping a screen at a time.
     */
    void follow() {
        int index = keys.cursor().turn() - 1;
        if (index < 0 || index >= list.getModel().getSize()) {
            turnText.setText("");
            onTurn.show(List.of(), session.view(), null);
            return;
        }
        following = true;
        try {
            list.setSelectedIndex(index);
            Rectangle row = list.getCellBounds(index, index);
            if (row != null) {
                Rectangle wanted = new Rectangle(row);
                int next = Math.min(index + 1, list.getModel().getSize() - 1);
                Rectangle below = list.getCellBounds(next, next);
                int viewport = listScroll.getViewport().getExtentSize().height;
                if (below != null && below.y + below.height - row.y <= viewport) {
                    wanted = row.union(below);
                }
                list.scrollRectToVisible(wanted);
                if (!list.getVisibleRect().contains(row.x, row.y)) {
                    // A turn taller than the window: its start is what is read first.
                    list.scrollRectToVisible(new Rectangle(row.x, row.y, row.width, Math.min(row.height, viewport)));
                }
            }
        } finally {
            following = false;
        }
        showTurn();
    }

    /** After the layout changed under the list (F11, a theme, the text size): the current turn comes back into view. */
    void keepInView() {
        SwingUtilities.invokeLater(() -> SwingUtilities.invokeLater(this::follow));
    }

    private void showTurn() {
        Turn turn = list.getSelectedValue();
        String text = turn == null ? "" : turn.text();
        if (!text.equals(turnText.getText())) {
            turnText.setText(text);
            turnText.setCaretPosition(0);
        }
        showTurnCodings();
    }

    /** The current turn's codings, listed and (the spans) highlighted in its text. */
    private void showTurnCodings() {
        SessionView view = session.view();
        Turn turn = list.getSelectedValue();
        if (turn == null) {
            onTurn.show(List.of(), view, null);
            turnText.getHighlighter().removeAllHighlights();
            return;
        }
        List<Coding> mine = view.mine(turn.number());
        List<Coding> theirs = view.theirs(turn.number());
        List<Coding> shown = new java.util.ArrayList<>(mine);
        shown.addAll(theirs);
        onTurn.show(shown, view, turn);
        highlight(mine, view, turn);
    }

    private void highlight(List<Coding> codings, SessionView view, Turn turn) {
        var highlighter = turnText.getHighlighter();
        highlighter.removeAllHighlights();
        String text = turnText.getText();
        for (Coding c : codings) {
            if (c.span().isWholeTurn(turn.codePoints()) || c.span().startTurn() != c.span().endTurn()) {
                continue;
            }
            Code code = view.code(c.codeId()).orElse(null);
            Color color = code == null ? Color.GRAY : Palette.code(code);
            Color wash = Palette.blend(color, turnText.getBackground(), 0.6f);
            try {
                int from = text.offsetByCodePoints(0, Math.min(c.span().startOffset(), text.codePointCount(0, text.length())));
                int to = text.offsetByCodePoints(0, Math.min(c.span().endOffset(), text.codePointCount(0, text.length())));
                highlighter.addHighlight(from, to, new DefaultHighlighter.DefaultHighlightPainter(wash));
            } catch (BadLocationException | IndexOutOfBoundsException e) {
                // a span beyond the text (another program edited it) is listed, not highlighted
            }
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
    private void install(JComponent target, boolean isList) {
        String where = isList ? WHERE : "turn text";
        bindTyped(target, 'j', "next-turn", where, "next turn", false, () -> move(1));
        bindTyped(target, 'k', "previous-turn", where, "previous turn", false, () -> move(-1));
        bindTyped(target, 'J', "next-turn-5", where, "five turns on", false, () -> move(5));
        bindTyped(target, 'K', "previous-turn-5", where, "five turns back", false, () -> move(-5));
        bindTyped(target, ']', "next-disagreement", where, "next turn where the compared coders differ", false, () -> nextDisagreement(1));
        bindTyped(target, '[', "previous-disagreement", where, "previous turn where the compared coders differ", false,
                () -> nextDisagreement(-1));
        bindTyped(target, ';', "next-uncoded", where, "next turn you have not coded", false, this::nextUncoded);
        if (isList) {
            WindowKeys.bind(target, KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), "next-turn-arrow", where,
                    WindowKeys.action("next turn", false, () -> move(1)));
            WindowKeys.bind(target, KeyStroke.getKeyStroke(KeyEvent.VK_UP, 0), "previous-turn-arrow", where,
                    WindowKeys.action("previous turn", false, () -> move(-1)));
            WindowKeys.bind(target, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "select-text", where,
                    WindowKeys.action("select text in the turn, to code part of it", false, turnText::requestFocusInWindow));
            WindowKeys.bind(target, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "cancel-level", where,
                    WindowKeys.action("forget a scale code waiting for its level", false, () -> show(keys.cancelPending())));
        }
        for (char c = 'a'; c <= 'z'; c++) {
            if (CodeKeys.MOVES.indexOf(c) < 0) {
                codeKey(target, String.valueOf(c), where);
                codeKey(target, String.valueOf(Character.toUpperCase(c)), where);
            }
        }
        Runnable startChord = () -> {
            chord = true;
            SessionView view = session.view();
            show(view.codebook() == null ? Outcome.refused("this project has no codebook yet: attach one with Code, Attach a codebook…")
                    : Outcome.done("a code without a key of its own: " + chordList(view)));
        };
        bindTyped(target, CodeKeys.CHORD, "chord", where, "first key of a code's two-key chord (.a, .b …: see the codebook)", false,
                startChord);
        for (int d = 0; d <= 9; d++) {
            int digit = d;
            javax.swing.Action level = WindowKeys.typed("a scale code's level, after its key (or changes the level on the turn)", true,
                    () -> {
                        if (chord) {
                            chord = false;
                            run(keys.key(CodeKeys.CHORD + String.valueOf(digit)));
                        } else {
                            run(keys.digit(digit));
                        }
                    });
            level.putValue(WindowKeys.GROUP, "a scale code's level (after its key), or the second key of a chord");
            WindowKeys.bind(target, KeyStroke.getKeyStroke((char) ('0' + d)), "level-" + d, where, level);
        }
        javax.swing.Action remove = WindowKeys.action("remove the code chosen in the codebook, else your latest, from the turn", true,
                () -> run(keys.remove(selectedCode.get())));
        WindowKeys.bind(target, KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "remove-code", where, remove);
        WindowKeys.bind(target, KeyStroke.getKeyStroke(KeyEvent.VK_BACK_SPACE, 0), "remove-code", where, remove);
    }

    private String chordList(SessionView view) {
        CodeKeys codeKeys = CodeKeys.of(view.codebook());
        List<String> chords = codeKeys.chords();
        StringBuilder text = new StringBuilder();
        for (String c : chords.subList(0, Math.min(6, chords.size()))) {
            text.append(text.isEmpty() ? "" : ", ").append(c).append(' ').append(codeKeys.code(c).map(Code::name).orElse(""));
        }
        return text + (chords.size() > 6 ? " … (the codebook shows them all)" : "");
    }

    private void bindTyped(JComponent target, char key, String name, String where, String does, boolean changes, Runnable action) {
        WindowKeys.bind(target, KeyStroke.getKeyStroke(key), name, where, WindowKeys.typed(does, changes, () -> {
            chord = false;
            action.run();
        }));
    }

    private void codeKey(JComponent target, String key, String where) {
        javax.swing.Action apply = WindowKeys.typed("apply the code with this key (again: take it off)", true, () -> {
            if (chord) {
                chord = false;
                run(keys.key(CodeKeys.CHORD + key));
            } else {
                run(keys.key(key));
            }
        });
        apply.putValue(WindowKeys.GROUP, "a code's key (in brackets in the codebook): applies it, again takes it off");
        WindowKeys.bind(target, KeyStroke.getKeyStroke(key.charAt(0)), "code-" + key, where, apply);
    }

    /** The multi-line memo editor for a coding on the current turn. */
    void memo() {
        SessionView view = session.view();
        List<Coding> here = view.mine(keys.cursor().turn());
        if (here.isEmpty()) {
            show(Outcome.refused("a memo goes on a coding: code turn " + keys.cursor().turn() + " first"));
            return;
        }
        String code = selectedCode.get();
        Coding target = here.stream().filter(c -> c.codeId().equals(code)).findFirst()
                .orElseGet(() -> here.stream().max(java.util.Comparator.comparing(Coding::updated)).orElseThrow());
        MemoEditor.ask(SwingUtilities.getWindowAncestor(this), "Memo on " + CodingLabel.of(target, view),
                target.memo() == null ? "" : target.memo()).ifPresent(memo -> run(keys.memo(target.codeId(), memo)));
    }

    private void nextDisagreement(int direction) {
        SessionView view = session.view();
        if (view.comparedWith() == null) {
            show(Outcome.refused("compare with another coder first (Ctrl+K)"));
            return;
        }
        int from = keys.cursor().turn();
        int to = direction > 0 ? view.disagreements().nextSetBit(from + 1) : view.disagreements().previousSetBit(from - 1);
        if (to < 1) {
            show(Outcome.done("no " + (direction > 0 ? "later" : "earlier") + " turn where " + view.coder() + " and "
                    + view.comparedWith() + " differ"));
            return;
        }
        keys.moveTo(to);
        follow();
        show(Outcome.done("turn " + to + ": " + view.coder() + " and " + view.comparedWith() + " differ"));
    }

    private void nextUncoded() {
        SessionView view = session.view();
        for (int t = keys.cursor().turn() + 1; t <= view.turns(); t++) {
            if (view.mine(t).isEmpty()) {
                keys.moveTo(t);
                follow();
                show(Outcome.done("turn " + t + ": not coded by " + view.coder() + " yet"));
                return;
            }
        }
        show(Outcome.done("every turn after this one has a code of " + view.coder() + "'s"));
    }

    private void move(int delta) {
        keys.move(delta);
        follow();
    }

    /** Sends an action; its outcome shows when it is saved, and the list follows. */
    private void run(CompletableFuture<Outcome> outcome) {
        WindowKeys.later(outcome, o -> {
            status.accept(o);
            follow();
        });
    }

    private void show(Outcome outcome) {
        status.accept(outcome);
    }
}
