package org.attune.ui;

import java.awt.Component;
import java.awt.Font;
import java.util.function.IntPredicate;
import javax.swing.BorderFactory;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import javax.swing.table.TableCellRenderer;

/**
 * A table cell that shows a name whole, wrapped at words onto as many lines as it needs, rather
 * than cut with "…": a code's name tells which code it is only when it is all there. The table's
 * rows are made tall enough by {@link #fitRowHeights}.
 */
final class WrappedNameCell extends JTextArea implements TableCellRenderer {

    private final IntPredicate bold;
    private final IntPredicate italic;

    /** @param bold which rows are bold; @param italic which rows are italic */
    WrappedNameCell(IntPredicate bold, IntPredicate italic) {
        this.bold = bold;
        this.italic = italic;
        setLineWrap(true);
        setWrapStyleWord(true);
        setOpaque(true);
        setBorder(BorderFactory.createEmptyBorder(1, 4, 1, 4));
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus, int row,
                                                   int column) {
        setText(value == null ? "" : value.toString());
        setFont(table.getFont().deriveFont(bold.test(row) ? Font.BOLD : italic.test(row) ? Font.ITALIC : Font.PLAIN));
        setForeground(selected ? table.getSelectionForeground() : table.getForeground());
        setBackground(selected ? table.getSelectionBackground() : table.getBackground());
        setBorder(focus ? BorderFactory.createCompoundBorder(UIManager.getBorder("Table.focusCellHighlightBorder"),
                BorderFactory.createEmptyBorder(0, 3, 0, 3)) : BorderFactory.createEmptyBorder(1, 4, 1, 4));
        setSize(table.getColumnModel().getColumn(column).getWidth(), Short.MAX_VALUE);
        return this;
    }

    /** Makes every row as tall as the wrapped names in {@code columns} need, and no shorter than one line. */
    static void fitRowHeights(JTable table, int... columns) {
        int oneLine = table.getFontMetrics(table.getFont()).getHeight() + 4;
        for (int row = 0; row < table.getRowCount(); row++) {
            int height = oneLine;
            for (int column : columns) {
                Component cell = table.prepareRenderer(table.getCellRenderer(row, column), row, column);
                height = Math.max(height, cell.getPreferredSize().height);
            }
            if (table.getRowHeight(row) != height) {
                table.setRowHeight(row, height);
            }
        }
    }
}
