package org.attune.ui;

import java.awt.BorderLayout;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.IntConsumer;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.table.AbstractTableModel;
import org.attune.model.Coding;

/** The Memos tab: the memos on the open transcript's codings that the coder may see; Enter or a double click goes to the turn. */
final class MemosPanel extends JPanel {

    private final ProjectSession session;
    private final Model model = new Model();
    private final JTable table = new JTable(model);

    MemosPanel(ProjectSession session, IntConsumer goTo) {
        super(new BorderLayout());
        this.session = session;
        table.getAccessibleContext().setAccessibleName("Memos on this transcript");
        table.getColumnModel().getColumn(2).setPreferredWidth(600);
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && table.getSelectedRow() >= 0) {
                    goTo.accept(model.rows.get(table.getSelectedRow()).span().startTurn());
                }
            }
        });
        table.registerKeyboardAction(e -> {
            if (table.getSelectedRow() >= 0) {
                goTo.accept(model.rows.get(table.getSelectedRow()).span().startTurn());
            }
        }, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), JComponent.WHEN_FOCUSED);
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    JTable table() {
        return table;
    }

    int rows() {
        return model.rows.size();
    }

    void refresh() {
        model.rows = session.visibleCodings().stream().filter(c -> c.memo() != null)
                .sorted(java.util.Comparator.comparing((Coding c) -> c.span().startTurn())).toList();
        model.fireTableDataChanged();
    }

    private final class Model extends AbstractTableModel {

        private List<Coding> rows = List.of();

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 3;
        }

        @Override
        public String getColumnName(int column) {
            return switch (column) {
                case 0 -> "Turn";
                case 1 -> "Coding";
                default -> "Memo";
            };
        }

        @Override
        public Object getValueAt(int row, int column) {
            Coding c = rows.get(row);
            return switch (column) {
                case 0 -> c.span().startTurn();
                case 1 -> session.view().name(c.codeId()) + " (" + c.coder() + ")";
                default -> c.memo();
            };
        }
    }
}
