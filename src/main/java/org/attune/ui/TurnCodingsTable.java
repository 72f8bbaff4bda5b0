package org.attune.ui;

import java.util.List;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Span;
import org.attune.model.Turn;

/**
 * The codings on the current turn in plain sight, beside its text: each code's name, whose it
 * is, the level with its label, and what it covers (the whole turn, or the selected words).
 */
final class TurnCodingsTable extends JTable {

    private final Model model = new Model();

    TurnCodingsTable() {
        setModel(model);
        setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        setFocusable(false);
        setFillsViewportHeight(true);
        getAccessibleContext().setAccessibleName("Codings on this turn");
        getColumnModel().getColumn(0).setPreferredWidth(150);
        getColumnModel().getColumn(1).setPreferredWidth(60);
        getColumnModel().getColumn(2).setPreferredWidth(110);
        getColumnModel().getColumn(3).setPreferredWidth(160);
    }

    void show(List<Coding> codings, SessionView view, Turn turn) {
        model.rows = codings.stream().map(c -> Row.of(c, view, turn)).toList();
        model.fireTableDataChanged();
    }

    /** The rows as shown: for tests and screen readers. */
    List<Row> rows() {
        return model.rows;
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

    private static final class Model extends AbstractTableModel {

        private List<Row> rows = List.of();

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 4;
        }

        @Override
        public String getColumnName(int column) {
            return switch (column) {
                case 0 -> "On this turn";
                case 1 -> "Coder";
                case 2 -> "Level";
                default -> "Covers";
            };
        }

        @Override
        public Object getValueAt(int row, int column) {
            Row r = rows.get(row);
            return switch (column) {
                case 0 -> r.code();
                case 1 -> r.coder();
                case 2 -> r.level();
                default -> r.covers();
            };
        }
    }
}
