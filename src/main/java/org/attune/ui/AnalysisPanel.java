package org.attune.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.SpinnerNumberModel;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import org.attune.analysis.CooccurrenceTable;
import org.attune.analysis.LagTable;
import org.attune.analysis.Transition;
import org.attune.model.Role;

/**
 * The Analysis tab: the co-occurrence of codes as a heat map, and the lag-sequential table (which
 * codes follow which, k turns later) with the significant transitions marked and the cells whose
 * expected count is under 5 flagged, both as the core's {@link Transition} decides. One coder's
 * codes, by default the workbench's choice (the consensus coder, else who coded most); every
 * coder pooled only when chosen. A click on a cell or a row searches for its turns in the Search tab.
 */
final class AnalysisPanel extends JPanel {

    /** The last choice of the coders' box: every coder's codes pooled, never the default. */
    static final String POOLED = "every coder pooled";

    private final ProjectSession session;
    private final StatusBar status;
    private final Consumer<String> search;
    private final JComboBox<String> coder = new JComboBox<>();
    private final JSpinner window = new JSpinner(new SpinnerNumberModel(0, 0, 10, 1));
    private final JSpinner lag = new JSpinner(new SpinnerNumberModel(1, 1, 10, 1));
    private final JComboBox<String> from = new JComboBox<>(new String[] {"any", "therapist", "client"});
    private final JComboBox<String> to = new JComboBox<>(new String[] {"any", "therapist", "client"});
    final JButton compute = new JButton("Compute");
    final HeatMap heat;
    private final TransitionsModel transitions = new TransitionsModel();
    /** Fills the width when its columns fit at their least, and scrolls sideways when they do not. */
    final JTable lagTable = new JTable(transitions) {
        @Override
        public boolean getScrollableTracksViewportWidth() {
            int least = 0;
            for (int c = 0; c < getColumnCount(); c++) {
                least += getColumnModel().getColumn(c).getMinWidth();
            }
            return getParent() == null || least <= getParent().getWidth();
        }
    };

    AnalysisPanel(ProjectSession session, StatusBar status, Consumer<String> search) {
        super(new BorderLayout(4, 4));
        this.session = session;
        this.status = status;
        this.search = search;
        setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        heat = new HeatMap((a, b) -> search.accept("code:\"" + a + "\" AND code:\"" + b + "\""));
        coder.getAccessibleContext().setAccessibleName("Whose codes");
        window.getAccessibleContext().setAccessibleName("Co-occurrence window in turns");
        lag.getAccessibleContext().setAccessibleName("Lag in turns");
        // The focus goes to a spinner's text field, which is what a screen reader names.
        for (JSpinner spinner : new JSpinner[] {window, lag}) {
            ((JSpinner.DefaultEditor) spinner.getEditor()).getTextField().getAccessibleContext()
                    .setAccessibleName(spinner.getAccessibleContext().getAccessibleName());
        }
        from.getAccessibleContext().setAccessibleName("Role of the earlier turn");
        to.getAccessibleContext().setAccessibleName("Role of the later turn");
        compute.addActionListener(e -> compute());
        JPanel controls = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 2));
        controls.add(labelled("Codes of", coder));
        controls.add(labelled("Within turns", window));
        controls.add(labelled("Lag", lag));
        controls.add(labelled("From", from));
        controls.add(labelled("to", to));
        controls.add(compute);
        add(controls, BorderLayout.NORTH);

        lagTable.getAccessibleContext().setAccessibleName("Lag-sequential table; Enter searches a transition's turns");
        lagTable.setDefaultRenderer(Object.class, new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus, int row,
                                                           int column) {
                super.getTableCellRendererComponent(table, value, selected, focus, row, column);
                // Bold: significant; italic: too few expected to test.
                setFont(table.getFont().deriveFont(transitions.significant(row) ? Font.BOLD
                        : transitions.row(row).lowExpected() ? Font.ITALIC : Font.PLAIN));
                return this;
            }
        });
        lagTable.getColumnModel().addColumnModelListener(new javax.swing.event.TableColumnModelListener() {
            @Override
            public void columnMarginChanged(javax.swing.event.ChangeEvent e) {
                // A name column made narrower wraps onto more lines: the rows grow to show it whole.
                javax.swing.SwingUtilities.invokeLater(AnalysisPanel.this::fitRowHeights);
            }

            @Override
            public void columnAdded(javax.swing.event.TableColumnModelEvent e) {
            }

            @Override
            public void columnRemoved(javax.swing.event.TableColumnModelEvent e) {
            }

            @Override
            public void columnMoved(javax.swing.event.TableColumnModelEvent e) {
            }

            @Override
            public void columnSelectionChanged(javax.swing.event.ListSelectionEvent e) {
            }
        });
        lagTable.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    searchTransition();
                }
            }
        });
        lagTable.registerKeyboardAction(e -> searchTransition(), KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0),
                JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(heat), new JScrollPane(lagTable));
        split.setResizeWeight(0.5);
        add(split, BorderLayout.CENTER);
    }

    private static JPanel labelled(String text, JComponent field) {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT, 2, 0));
        JLabel label = new JLabel(text);
        label.setLabelFor(field);
        p.add(label);
        p.add(field);
        return p;
    }

    private record Coders(List<String> names, String byDefault) {
    }

    /** The coders, the default one chosen: one coder's codes, never everyone's pooled unless the user picks that. */
    void refresh() {
        session.call(w -> new Coders(w.coders().stream().map(c -> c.name()).toList(), w.analysisCoder().orElse(null)))
                .thenAccept(coders -> javax.swing.SwingUtilities.invokeLater(() -> {
                    coder.removeAllItems();
                    coders.names().forEach(coder::addItem);
                    coder.addItem(POOLED);
                    coder.setSelectedItem(coders.byDefault() != null ? coders.byDefault() : POOLED);
                }));
    }

    JComboBox<String> coder() {
        return coder;
    }

    /** The coder chosen, or null for every coder pooled, or for none chosen yet (the list still filling). */
    String chosenCoder() {
        Object chosen = coder.getSelectedItem();
        return chosen == null || POOLED.equals(chosen) ? null : chosen.toString();
    }

    /** @param coder whose codes were counted, or null for every coder pooled */
    private record Tables(String coder, CooccurrenceTable cooccurrence, LagTable lag) {
    }

    void compute() {
        String named = chosenCoder();
        // Pooled only when chosen: with the list not filled yet, the workbench's default coder counts.
        boolean pooled = POOLED.equals(coder.getSelectedItem());
        int w = (Integer) window.getValue();
        int k = (Integer) lag.getValue();
        Role fromRole = role(from);
        Role toRole = role(to);
        String viewer = session.coder();
        BackgroundWork.start("Counting codes", status, p -> {
            try (org.attune.workbench.Workbench wb = session.reader()) {
                String who = pooled ? null : named != null ? named : wb.analysisCoder().orElse(null);
                org.attune.workbench.CoderView seen = wb.seenBy(viewer);
                return new Tables(who, seen.cooccurrence(who, w, p), seen.sequences(who, k, fromRole, toRole, p));
            }
        }, tables -> {
                    heat.show(tables.cooccurrence(), session.view()::name);
                    transitions.show(tables.lag());
                    fitNames();
                    status.show(Outcome.done(tables.cooccurrence().turns() + " turns counted, "
                            + (tables.coder() == null ? "every coder pooled" : tables.coder() + "'s codes") + "; "
                            + transitions.significantCount() + " significant transitions at lag " + k + " (bold, |z| ≥ 1.96); "
                            + transitions.lowExpectedCount() + " with an expected count under 5 (e<5, not tested)"));
                });
    }

    /**
     * The numbers' columns as wide as their widest entry; the code names' columns share the rest,
     * their names wrapped whole onto more lines where they are long ({@link WrappedNameCell}).
     */
    private void fitNames() {
        java.awt.FontMetrics plain = lagTable.getFontMetrics(lagTable.getFont());
        java.awt.FontMetrics bold = lagTable.getFontMetrics(lagTable.getFont().deriveFont(Font.BOLD));
        for (int c = 0; c < transitions.getColumnCount(); c++) {
            javax.swing.table.TableColumn column = lagTable.getColumnModel().getColumn(c);
            if (c < 2) {
                column.setCellRenderer(new WrappedNameCell(transitions::significant, r -> transitions.row(r).lowExpected()));
                column.setMinWidth(plain.stringWidth("Self-state shift") + 12);
                column.setPreferredWidth(220);
                continue;
            }
            int widest = plain.stringWidth(transitions.getColumnName(c)) + 16;
            for (int r = 0; r < transitions.getRowCount(); r++) {
                widest = Math.max(widest, bold.stringWidth(String.valueOf(transitions.getValueAt(r, c))) + 14);
            }
            column.setMinWidth(widest);
            column.setPreferredWidth(widest);
            // The room left over goes to the names, so that fewer of them wrap.
            column.setMaxWidth(widest);
        }
        fitRowHeights();
    }

    private void fitRowHeights() {
        if (transitions.getRowCount() > 0 && lagTable.getColumnCount() == transitions.getColumnCount()) {
            WrappedNameCell.fitRowHeights(lagTable, 0, 1);
        }
    }

    private static Role role(JComboBox<String> box) {
        return box.getSelectedIndex() <= 0 ? null : Role.fromLabel((String) box.getSelectedItem());
    }

    private void searchTransition() {
        int row = lagTable.getSelectedRow();
        if (row < 0) {
            return;
        }
        Transition t = transitions.row(row);
        if (transitions.lag() != 1) {
            status.show(Outcome.refused("search finds transitions at lag 1 only (next.code); this table is at lag " + transitions.lag()));
            return;
        }
        search.accept("code:\"" + t.given() + "\" AND next.code:\"" + t.target() + "\"");
    }

    int transitionRows() {
        return transitions.getRowCount();
    }

    /** Transitions with a count, by |z|: first those with enough expected to test, then the flagged ones. */
    private final class TransitionsModel extends AbstractTableModel {

        private List<Transition> rows = List.of();
        private int lagShown = 1;

        void show(LagTable table) {
            lagShown = table.lag();
            rows = table.transitions().stream().filter(t -> t.count() > 0)
                    .sorted(java.util.Comparator.comparing(Transition::lowExpected)
                            .thenComparing((a, b) -> Double.compare(Math.abs(b.adjustedResidual()), Math.abs(a.adjustedResidual()))))
                    .toList();
            fireTableDataChanged();
        }

        int lag() {
            return lagShown;
        }

        Transition row(int i) {
            return rows.get(i);
        }

        boolean significant(int row) {
            return rows.get(row).significant();
        }

        long significantCount() {
            return rows.stream().filter(Transition::significant).count();
        }

        long lowExpectedCount() {
            return rows.stream().filter(Transition::lowExpected).count();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 7;
        }

        @Override
        public String getColumnName(int column) {
            return switch (column) {
                case 0 -> "Given";
                case 1 -> "Then";
                case 2 -> "Count";
                case 3 -> "p(then|given)";
                case 4 -> "Expected";
                case 5 -> "z";
                default -> "Yule's Q";
            };
        }

        @Override
        public Object getValueAt(int row, int column) {
            Transition t = rows.get(row);
            return switch (column) {
                case 0 -> session.view().name(t.given());
                case 1 -> session.view().name(t.target());
                case 2 -> t.count();
                case 3 -> String.format("%.3f", t.probability());
                case 4 -> String.format("%.1f", t.expected());
                // Starred when significant; flagged, never starred, when too few are expected to test.
                case 5 -> String.format("%.2f%s", t.adjustedResidual(), t.significant() ? " *" : t.lowExpected() ? " e<5" : "");
                default -> Double.isNaN(t.yulesQ()) ? "–" : String.format("%.2f", t.yulesQ());
            };
        }
    }
}
