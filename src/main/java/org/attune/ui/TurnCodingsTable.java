package org.attune.ui;

import java.util.List;
import javax.swing.JEditorPane;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Span;
import org.attune.model.Turn;

/**
 * The codings on the current turn in plain sight, beside its text: each code's name, whose it
 * is, the level with its label, and what it covers (the whole turn, or the selected words).
 */
final class TurnCodingsTable extends JEditorPane {

    private List<Row> rows = List.of();

    TurnCodingsTable() {
        super("text/html", "");
        setEditable(false);
        putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, true);
        getAccessibleContext().setAccessibleName("Codings on this turn");
    }

    void show(List<Coding> codings, SessionView view, Turn turn) {
        rows = codings.stream().map(c -> Row.of(c, view, turn)).toList();
        StringBuilder html = new StringBuilder("<html><body style='margin:4px'>");
        if (turn == null) {
            html.append(" ");
        } else if (rows.isEmpty()) {
            html.append("<span style='color:gray'>Turn ").append(turn.number()).append(": no codes of ")
                    .append(CodeDescription.escape(view.coder())).append("'s yet</span>");
        } else {
            html.append("<b>On turn ").append(turn.number()).append("</b>");
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                Code code = view.code(codings.get(i).codeId()).orElse(null);
                String swatch = code == null ? "#888888" : Palette.hex(Palette.code(code));
                html.append("<br><span style='color:").append(swatch).append("'>■</span> <b>").append(CodeDescription.escape(r.code()))
                        .append("</b>");
                if (!r.level().isEmpty()) {
                    html.append(" ").append(CodeDescription.escape(r.level()));
                }
                html.append(" <span style='color:gray'>· ").append(CodeDescription.escape(r.coder())).append(" · ")
                        .append(CodeDescription.escape(r.covers())).append("</span>");
            }
        }
        setText(html.append("</body></html>").toString());
        setCaretPosition(0);
    }

    /** The rows as shown: for tests and screen readers. */
    List<Row> rows() {
        return rows;
    }

    /** One coding in words. */
    record Row(String code, String coder, String level, String covers) {

        static Row of(Coding c, SessionView view, Turn turn) {
            Code code = view.code(c.codeId()).orElse(null);
            String level = "";
            if (c.value() != null) {
                level = c.value().toPlainString();
                if (code != null) {
                    level += code.level(c.value()).map(l -> l.label() == null || l.label().isBlank() ? "" : " – " + l.label()).orElse("");
                }
            }
            return new Row(code == null ? c.codeId() : code.name(), c.coder(), level, covers(c.span(), view, turn));
        }

        private static String covers(Span span, SessionView view, Turn turn) {
            if (span.startTurn() != span.endTurn()) {
                return "turns " + span.startTurn() + "–" + span.endTurn();
            }
            if (turn == null || span.isWholeTurn(turn.codePoints())) {
                return "the whole turn";
            }
            String text = turn.text();
            int points = text.codePointCount(0, text.length());
            int from = text.offsetByCodePoints(0, Math.min(span.startOffset(), points));
            int to = text.offsetByCodePoints(0, Math.min(span.endOffset(), points));
            String words = text.substring(from, to).strip();
            return "“" + (words.length() > 60 ? words.substring(0, 59) + "…" : words) + "”";
        }
    }
}
