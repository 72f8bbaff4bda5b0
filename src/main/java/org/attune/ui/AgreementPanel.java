package org.attune.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import org.attune.agreement.AgreementLine;
import org.attune.agreement.AgreementReport;
import org.attune.agreement.Coefficient;
import org.attune.agreement.Comparison;
import org.attune.workbench.AgreementRequest;
import org.attune.workbench.Workbench;

/**
 * The Agreement tab: choose coders and a subset, compute in the background, and read a table of
 * every coefficient with its 95% interval per code, group and scale, beside a forest plot of
 * per-code alpha (or kappa) with the benchmark bands. Export writes the workbook.
 */
final class AgreementPanel extends JPanel {

    static final List<Coefficient> SHOWN = List.of(Coefficient.PERCENT_AGREEMENT, Coefficient.COHEN_KAPPA,
            Coefficient.FLEISS_KAPPA, Coefficient.KRIPPENDORFF_ALPHA, Coefficient.SCOTT_PI, Coefficient.GWET_AC1,
            Coefficient.BRENNAN_PREDIGER, Coefficient.WEIGHTED_KAPPA_QUADRATIC);

    private final ProjectSession session;
    private final StatusBar status;
    final JList<String> coders = new JList<>();
    private final JComboBox<String> dyad = new JComboBox<>();
    final JComboBox<String> transcript = new JComboBox<>();
    final javax.swing.JTextField subjects = new javax.swing.JTextField(14);
    private final JCheckBox onlyDone = new JCheckBox("Only transcripts marked done");
    final JComboBox<String> unit = new JComboBox<>(new String[] {"turn", "span"});
    private final JComboBox<String> plotted = new JComboBox<>(new String[] {"Krippendorff's alpha", "Cohen's kappa", "Fleiss' kappa"});
    final JButton compute = new JButton("Compute");
    private final LinesModel lines = new LinesModel();
    final JTable table = new JTable(lines);
    private final ForestPlot plot = new ForestPlot();
    private AgreementReport report;

    AgreementPanel(ProjectSession session, StatusBar status) {
        super(new BorderLayout(4, 4));
        this.session = session;
        this.status = status;
        setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        coders.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        coders.setVisibleRowCount(3);
        coders.getAccessibleContext().setAccessibleName("Coders to compare");
        dyad.getAccessibleContext().setAccessibleName("Which dyads");
        transcript.getAccessibleContext().setAccessibleName("Which transcripts");
        subjects.getAccessibleContext().setAccessibleName("Which codes or groups (ids, separated by commas; empty for all)");
        subjects.setToolTipText("Codes or groups by id, separated by commas, such as client-form, experiencing-level; empty for all");
        plotted.getAccessibleContext().setAccessibleName("Coefficient in the forest plot");
        plotted.addActionListener(e -> showPlot());
        compute.setMnemonic('m');
        compute.addActionListener(e -> compute());
        JButton export = new JButton("Export…");
        export.setToolTipText("Write the whole report as an .xlsx workbook");
        export.addActionListener(e -> export());
        JPanel controls = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 2));
        JLabel who = new JLabel("Coders");
        who.setLabelFor(coders);
        controls.add(who);
        controls.add(new JScrollPane(coders));
        unit.getAccessibleContext().setAccessibleName("Unit: turns, or spans of text (alpha-u)");
        unit.setToolTipText("turn: every coefficient per code and group; span: Krippendorff's alpha-u on stretches of text");
        JLabel unitLabel = new JLabel("Unit");
        unitLabel.setLabelFor(unit);
        controls.add(unitLabel);
        controls.add(unit);
        JLabel which = new JLabel("Dyads");
        which.setLabelFor(dyad);
        controls.add(which);
        controls.add(dyad);
        JLabel transcriptLabel = new JLabel("Transcripts");
        transcriptLabel.setLabelFor(transcript);
        controls.add(transcriptLabel);
        controls.add(transcript);
        JLabel codesLabel = new JLabel("Codes");
        codesLabel.setLabelFor(subjects);
        controls.add(codesLabel);
        controls.add(subjects);
        controls.add(onlyDone);
        controls.add(compute);
        controls.add(export);
        JLabel plotLabel = new JLabel("Plot");
        plotLabel.setLabelFor(plotted);
        controls.add(plotLabel);
        controls.add(plotted);
        add(controls, BorderLayout.NORTH);
        table.getAccessibleContext().setAccessibleName("Agreement per code and group");
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(table), new JScrollPane(plot));
        split.setResizeWeight(0.55);
        add(split, BorderLayout.CENTER);
    }

    /** Fills the coder and dyad choices from the project. */
    void refresh() {
        record Choices(List<String> coders, List<String> dyads, List<String> transcripts) {
        }
        session.call(w -> new Choices(w.coders().stream().map(c -> c.name()).toList(),
                w.transcripts().stream().map(t -> t.session().dyad()).filter(d -> d != null).distinct().sorted().toList(),
                w.transcripts().stream().map(t -> t.name()).toList()))
                .thenAccept(c -> javax.swing.SwingUtilities.invokeLater(() -> show(c.coders(), c.dyads(), c.transcripts())));
    }

    private void show(List<String> names, List<String> dyads, List<String> transcripts) {
        coders.setListData(names.toArray(String[]::new));
        if (names.size() >= 2) {
            coders.setSelectionInterval(0, 1);
        }
        dyad.removeAllItems();
        dyad.addItem("all");
        dyads.forEach(dyad::addItem);
        transcript.removeAllItems();
        transcript.addItem("all");
        transcripts.forEach(transcript::addItem);
    }

    /** What Compute asks the core for: the chosen coders and subset, with the core's default bootstrap and seed. */
    AgreementRequest request() {
        List<String> chosen = coders.getSelectedValuesList();
        String d = (String) dyad.getSelectedItem();
        String t = (String) transcript.getSelectedItem();
        List<String> codes = java.util.Arrays.stream(subjects.getText().split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
        return AgreementRequest.withIntervals(chosen, t == null || t.equals("all") ? List.of() : List.of(t),
                d == null || d.equals("all") ? List.of() : List.of(d), codes, false, onlyDone.isSelected());
    }

    /** Computes in the background on a read-only connection of its own, so coding goes on meanwhile. */
    void compute() {
        if (coders.getSelectedValuesList().size() < 2) {
            status.show(Outcome.refused("choose two or more coders to compare"));
            return;
        }
        AgreementRequest request = request();
        if ("span".equals(unit.getSelectedItem())) {
            computeSpans(request);
            return;
        }
        String viewer = session.coder();
        BackgroundWork.start("Computing agreement", status, progress -> {
            try (Workbench reader = session.reader()) {
                return reader.seenBy(viewer).agreement(request, progress);
            }
        }, done -> {
            report = done;
            table.setModel(lines);
            lines.show(done.lines());
            sizeColumns();
            showPlot();
            status.show(Outcome.done("agreement of " + String.join(", ", done.coders()) + " on "
                    + done.transcripts().size() + " transcripts, " + done.bootstrap() + " bootstrap samples for the intervals"));
        });
    }

    /** Wide enough for "0.123 [0.45, 0.67]" and the names: the table scrolls sideways rather than cut them. */
    private void sizeColumns() {
        var fm = table.getFontMetrics(table.getFont());
        for (int c = 0; c < table.getColumnCount(); c++) {
            int width = c == 0 ? fm.stringWidth("Understanding hypothesis ") : c == 1 ? fm.stringWidth("presence  ")
                    : c == 2 ? fm.stringWidth("Units  ") : fm.stringWidth("-0.000 [-0.00, -0.00]  ");
            table.getColumnModel().getColumn(c).setPreferredWidth(width);
        }
    }

    /** Spans as units: alpha-u per code and overall, and each pair of coders' overlap match at half a segment. */
    private void computeSpans(AgreementRequest request) {
        String viewer = session.coder();
        BackgroundWork.start("Computing agreement on spans", status, progress -> {
            try (Workbench reader = session.reader()) {
                return reader.seenBy(viewer).spanAgreement(request, SPAN_OVERLAP, progress);
            }
        }, done -> {
            report = null;
            javax.swing.table.DefaultTableModel spans = new javax.swing.table.DefaultTableModel(
                    new Object[] {"Code or pair", "alpha-u", "percent agreement", "kappa"}, 0) {
                @Override
                public boolean isCellEditable(int row, int column) {
                    return false;
                }
            };
            List<ForestPlot.Estimate> estimates = new ArrayList<>();
            spans.addRow(new Object[] {"overall", number(done.alpha().overall()), "", ""});
            done.alpha().byCategory().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> {
                spans.addRow(new Object[] {session.name(e.getKey()), number(e.getValue()), "", ""});
                estimates.add(new ForestPlot.Estimate(session.name(e.getKey()), e.getValue(), Double.NaN, Double.NaN));
            });
            for (var pair : done.overlaps()) {
                spans.addRow(new Object[] {pair.first() + " and " + pair.second() + ", segments overlapping by half", "",
                        number(pair.percentAgreement()), number(pair.kappa())});
            }
            table.setModel(spans);
            plot.show(estimates, "alpha-u per code (no intervals for spans)", ForestPlot.bands(Coefficient.KRIPPENDORFF_ALPHA));
            status.show(Outcome.done("alpha-u of " + String.join(", ", done.coders()) + " on " + done.transcripts().size()
                    + " transcripts: " + number(done.alpha().overall()) + " overall"));
        });
    }

    static final double SPAN_OVERLAP = 0.5;

    private static String number(double value) {
        return Double.isNaN(value) ? "–" : String.format("%.3f", value);
    }

    private void showPlot() {
        if (report == null) {
            return;
        }
        Coefficient c = switch (plotted.getSelectedIndex()) {
            case 1 -> Coefficient.COHEN_KAPPA;
            case 2 -> Coefficient.FLEISS_KAPPA;
            default -> Coefficient.KRIPPENDORFF_ALPHA;
        };
        List<AgreementLine> shown = new ArrayList<>(report.lines(Comparison.PRESENCE));
        shown.addAll(report.lines(Comparison.CHOICE));
        plot.show(shown, c);
    }

    private void export() {
        if (coders.getSelectedValuesList().size() < 2) {
            status.show(Outcome.refused("choose two or more coders to compare"));
            return;
        }
        JFileChooser chooser = new JFileChooser();
        chooser.setSelectedFile(new java.io.File("agreement.xlsx"));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path out = chooser.getSelectedFile().toPath();
        AgreementRequest request = request();
        String viewer = session.coder();
        BackgroundWork.start("Exporting agreement", status, progress -> {
            try (Workbench reader = session.reader()) {
                reader.seenBy(viewer).exportAgreement(request, out, false, progress);
            }
            return out;
        }, written -> status.show(Outcome.done("wrote " + written)));
    }

    int rows() {
        return lines.getRowCount();
    }

    /** One row per line of the report: what, how many units, each coefficient with its interval. */
    static final class LinesModel extends AbstractTableModel {

        private List<AgreementLine> rows = List.of();

        void show(List<AgreementLine> lines) {
            rows = List.copyOf(lines);
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 3 + SHOWN.size();
        }

        @Override
        public String getColumnName(int column) {
            return switch (column) {
                case 0 -> "Code or group";
                case 1 -> "Compared";
                case 2 -> "Units";
                default -> SHOWN.get(column - 3).key().replace('_', ' ');
            };
        }

        @Override
        public Object getValueAt(int row, int column) {
            AgreementLine line = rows.get(row);
            return switch (column) {
                case 0 -> line.subject().name();
                case 1 -> line.subject().comparison().label();
                case 2 -> line.units();
                default -> cell(line, SHOWN.get(column - 3));
            };
        }

        static String cell(AgreementLine line, Coefficient c) {
            Double v = line.values().get(c);
            if (v == null) {
                return "";
            }
            if (Double.isNaN(v)) {
                return "–";
            }
            double[] ci = line.ci95().get(c);
            return ci == null || Double.isNaN(ci[0]) ? String.format("%.3f", v)
                    : String.format("%.3f [%.2f, %.2f]", v, ci[0], ci[1]);
        }
    }
}
