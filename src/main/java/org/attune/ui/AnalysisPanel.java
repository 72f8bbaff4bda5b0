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
 * codes follow which, k turns later) with the significant transitions (|z| of at least 1.96)
 * marked. A click on a cell or a row searches for its turns in the Search tab.
 */
final class AnalysisPanel extends JPanel {

    static final double SIGNIFICANT = 1.96;

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
    final JTable lagTable = new JTable(transitions);

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
                setFont(table.getFont().deriveFont(transitions.significant(row) ? Font.BOLD : Font.PLAIN));
                return this;
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

    void refresh() {
        coder.removeAllItems();
        coder.addItem("every coder");
        session.call(w -> w.coders()).thenAccept(list -> javax.swing.SwingUtilities.invokeLater(() ->
                list.forEach(c -> coder.addItem(c.name()))));
    }

    private record Tables(CooccurrenceTable cooccurrence, LagTable lag) {
    }

    void compute() {
        String who = coder.getSelectedIndex() <= 0 ? null : (String) coder.getSelectedItem();
        int w = (Integer) window.getValue();
        int k = (Integer) lag.getValue();
        Role fromRole = role(from);
        Role toRole = role(to);
        String viewer = session.coder();
        BackgroundWork.start("Counting codes", status, p -> {
            try (org.attune.workbench.Workbench wb = session.reader()) {
                org.attune.workbench.CoderView seen = wb.seenBy(viewer);
                return new Tables(seen.cooccurrence(who, w, p), seen.sequences(who, k, fromRole, toRole, p));
            }
        }, tables -> {
                    heat.show(tables.cooccurrence(), session.view()::name);
                    transitions.show(tables.lag());
                    status.show(Outcome.done(tables.cooccurrence().turns() + " turns counted; "
                            + transitions.significantCount() + " significant transitions at lag " + k + " (bold, |z| ≥ 1.96)"));
                });
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

    /** Transitions with a count, the significant first, by z. */
    private final class TransitionsModel extends AbstractTableModel {

        private List<Transition> rows = List.of();
        private int lagShown = 1;

        void show(LagTable table) {
            lagShown = table.lag();
            rows = table.transitions().stream().filter(t -> t.count() > 0)
                    .sorted((a, b) -> Double.compare(Math.abs(b.adjustedResidual()), Math.abs(a.adjustedResidual()))).toList();
            fireTableDataChanged();
        }

        int lag() {
            return lagShown;
        }

        Transition row(int i) {
            return rows.get(i);
        }

        boolean significant(int row) {
            return Math.abs(rows.get(row).adjustedResidual()) >= SIGNIFICANT;
        }

        long significantCount() {
            return rows.stream().filter(t -> Math.abs(t.adjustedResidual()) >= SIGNIFICANT).count();
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
                case 3 -> "p(then | given)";
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
                case 5 -> String.format("%.2f%s", t.adjustedResidual(), significant(row) ? " *" : "");
                default -> Double.isNaN(t.yulesQ()) ? "–" : String.format("%.2f", t.yulesQ());
            };
        }
    }
}
