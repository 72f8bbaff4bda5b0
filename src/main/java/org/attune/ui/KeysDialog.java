package org.attune.ui;

import java.awt.BorderLayout;
import java.awt.Frame;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.table.AbstractTableModel;

/** F1: every key of the window, read from its own menus and key maps, as a table (key, what it does, where). */
final class KeysDialog extends JDialog {

    final JTable table;

    private KeysDialog(Frame owner, List<WindowKeys.Key> keys) {
        super(owner, "Keys", true);
        table = new JTable(new AbstractTableModel() {
            @Override
            public int getRowCount() {
                return keys.size();
            }

            @Override
            public int getColumnCount() {
                return 3;
            }

            @Override
            public String getColumnName(int column) {
                return switch (column) {
                    case 0 -> "Key";
                    case 1 -> "Does";
                    default -> "Where";
                };
            }

            @Override
            public Object getValueAt(int row, int column) {
                WindowKeys.Key k = keys.get(row);
                return switch (column) {
                    case 0 -> k.keys();
                    case 1 -> k.does();
                    default -> k.where();
                };
            }
        });
        table.getAccessibleContext().setAccessibleName("Keys");
        table.getColumnModel().getColumn(0).setPreferredWidth(170);
        table.getColumnModel().getColumn(1).setPreferredWidth(430);
        table.getColumnModel().getColumn(2).setPreferredWidth(170);
        JLabel intro = new JLabel("Every key of the window. A code's own key is in brackets in the codebook; "
                + "codes without one take a chord: . then a letter.");
        intro.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        getContentPane().add(intro, BorderLayout.NORTH);
        getContentPane().add(new JScrollPane(table), BorderLayout.CENTER);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        setSize(820, 560);
        setLocationRelativeTo(owner);
    }

    static void show(Frame owner, List<WindowKeys.Key> keys) {
        new KeysDialog(owner, keys).setVisible(true);
    }
}
