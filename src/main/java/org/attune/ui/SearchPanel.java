package org.attune.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import javax.swing.table.AbstractTableModel;
import org.attune.index.KwicLine;
import org.attune.index.QuerySyntaxException;
import org.attune.index.ResultOrder;
import org.attune.index.SearchHit;
import org.attune.index.SearchRequest;
import org.attune.index.SearchResult;

/**
 * The Search tab: a query in the corpus's query language, the turns it finds with the matches
 * marked and their codes, facets that narrow the query on a click, a keyword-in-context view,
 * and export. Enter or a double click on a hit shows its turn in the transcript.
 */
final class SearchPanel extends JPanel {

    static final int LIMIT = 500;

    private final ProjectSession session;
    private final StatusBar status;
    private final BiConsumer<String, Integer> jump;
    final JTextField query = new JTextField();
    private final JLabel problem = new JLabel(" ");
    private final JCheckBox kwic = new JCheckBox("Keyword in context");
    private final HitsModel hits = new HitsModel();
    final JTable table = new JTable(hits);
    private final DefaultListModel<String> facetItems = new DefaultListModel<>();
    private final JList<String> facets = new JList<>(facetItems);
    private final List<String[]> facetQueries = new ArrayList<>();
    private SearchResult result;

    SearchPanel(ProjectSession session, StatusBar status, BiConsumer<String, Integer> jump) {
        super(new BorderLayout(4, 4));
        this.session = session;
        this.status = status;
        this.jump = jump;
        setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        query.putClientProperty("JTextField.placeholderText",
                "e.g. feel AND role:client, \"I don't know\", code:amplification AND next.code:self-state-shift");
        query.getAccessibleContext().setAccessibleName("Search query");
        query.addActionListener(e -> run());
        JButton go = new JButton("Search");
        go.addActionListener(e -> run());
        JButton export = new JButton("Export…");
        export.setToolTipText("Write the hits (or the KWIC lines) as .csv or .xlsx");
        export.addActionListener(e -> export());
        kwic.setMnemonic('w');
        kwic.addActionListener(e -> {
            if (!query.getText().isBlank()) {
                run();
            }
        });
        JPanel line = new JPanel(new BorderLayout(4, 0));
        JLabel label = new JLabel("Query");
        label.setLabelFor(query);
        label.setDisplayedMnemonic('q');
        line.add(label, BorderLayout.WEST);
        line.add(query, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 4, 0));
        buttons.add(kwic);
        buttons.add(go);
        buttons.add(export);
        line.add(buttons, BorderLayout.EAST);
        JPanel top = new JPanel(new BorderLayout());
        top.add(line, BorderLayout.NORTH);
        problem.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));
        problem.setFont(UIManager.getFont("monospaced.font") != null ? UIManager.getFont("monospaced.font")
                : new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.PLAIN, query.getFont().getSize()));
        problem.getAccessibleContext().setAccessibleName("What is wrong with the query");
        top.add(problem, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);

        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getAccessibleContext().setAccessibleName("Search results");
        table.setAutoCreateRowSorter(false);
        sizeColumns();
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    jumpToSelected();
                }
            }
        });
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "jump");
        table.getActionMap().put("jump", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                jumpToSelected();
            }
        });
        facets.getAccessibleContext().setAccessibleName("Facets: click to narrow the query");
        facets.setToolTipText("Click (or Enter) to narrow the query to this value");
        facets.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                narrow(facets.locationToIndex(e.getPoint()));
            }
        });
        facets.registerKeyboardAction(e -> narrow(facets.getSelectedIndex()), KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0),
                JComponent.WHEN_FOCUSED);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(table), new JScrollPane(facets));
        split.setResizeWeight(0.8);
        add(split, BorderLayout.CENTER);
    }

    /** Runs the query in the background; the index is built first when it has to be. */
    void run() {
        String text = query.getText().strip();
        if (text.isEmpty()) {
            problem.setText("Type a query: words, \"a phrase\", code:NAME, role:client, speaker:\"NAME\" …");
            return;
        }
        problem.setText(" ");
        boolean withKwic = kwic.isSelected();
        SearchRequest request = new SearchRequest(text, null, LIMIT, ResultOrder.TRANSCRIPT, true, withKwic);
        BackgroundWork.start("Searching", status, progress -> session.withWorkbench(w -> w.search(request, progress)), found -> {
            result = found;
            hits.show(found, withKwic);
            sizeColumns();
            showFacets(found);
            status.show(Outcome.done(found.total() + " turns found" + (found.total() > LIMIT ? ", the first " + LIMIT + " shown" : "")));
            if (hits.getRowCount() > 0) {
                table.setRowSelectionInterval(0, 0);
            }
        }).onFailure(this::explain);
    }

    /** The text gets the room; a new table structure (hits or KWIC) forgets widths, so this runs after each. */
    private void sizeColumns() {
        int[] widths = {70, 40, 90, 560, 180};
        for (int c = 0; c < widths.length; c++) {
            table.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);
        }
    }

    /** A query that cannot be understood: the query with a caret under the problem, in place. */
    private void explain(Throwable failure) {
        if (failure instanceof QuerySyntaxException bad) {
            String pointer = " ".repeat(Math.max(0, bad.position())) + "^";
            problem.setText("<html><pre style='margin:0'>" + CodeDescription.escape(bad.query()) + "\n"
                    + pointer + " " + CodeDescription.escape(bad.problem()) + "</pre></html>");
            query.setCaretPosition(Math.min(bad.position(), query.getText().length()));
            query.requestFocusInWindow();
        } else {
            problem.setText(failure.getMessage());
        }
    }

    private void showFacets(SearchResult found) {
        facetItems.clear();
        facetQueries.clear();
        for (Map.Entry<String, Map<String, Long>> facet : found.facets().entrySet()) {
            facet.getValue().entrySet().stream().limit(15).forEach(v -> {
                facetItems.addElement(facet.getKey() + ": " + v.getKey() + "  (" + v.getValue() + ")");
                facetQueries.add(new String[] {facet.getKey(), v.getKey()});
            });
        }
    }

    private void narrow(int index) {
        if (index < 0 || index >= facetQueries.size()) {
            return;
        }
        String[] f = facetQueries.get(index);
        query.setText("(" + query.getText().strip() + ") AND " + f[0] + ":\"" + f[1].replace("\"", "\\\"") + "\"");
        run();
    }

    private void jumpToSelected() {
        int row = table.getSelectedRow();
        if (row >= 0) {
            HitsModel.Row hit = hits.row(row);
            jump.accept(hit.transcript(), hit.turn());
        }
    }

    private void export() {
        if (result == null) {
            status.show(Outcome.refused("search first, then export the results"));
            return;
        }
        JFileChooser chooser = new JFileChooser();
        chooser.setSelectedFile(new java.io.File(kwic.isSelected() ? "kwic.csv" : "hits.csv"));
        if (chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
            Path out = chooser.getSelectedFile().toPath();
            SearchResult exported = result;
            boolean withKwic = kwic.isSelected();
            BackgroundWork.start("Exporting", status, p -> {
                session.withWorkbench(w -> {
                    w.exportSearch(exported, withKwic, out);
                    return null;
                });
                return out;
            }, written -> status.show(Outcome.done("wrote " + written)));
        }
    }

    /** The hits, or the KWIC lines, as table rows. */
    static final class HitsModel extends AbstractTableModel {

        record Row(String transcript, int turn, String speaker, String text, String codes) {
        }

        private List<Row> rows = List.of();
        private boolean kwic;

        void show(SearchResult result, boolean asKwic) {
            kwic = asKwic;
            List<Row> out = new ArrayList<>();
            if (asKwic) {
                for (KwicLine k : result.kwic()) {
                    out.add(new Row(k.transcript(), k.turn(), k.speaker(), "<html>" + CodeDescription.escape(k.left())
                            + " <b>" + CodeDescription.escape(k.keyword()) + "</b> " + CodeDescription.escape(k.right()) + "</html>", ""));
                }
            } else {
                for (SearchHit h : result.hits()) {
                    String text = h.fragment() == null ? CodeDescription.escape(h.text()) : marked(h.fragment());
                    out.add(new Row(h.transcript(), h.turn(), h.speaker(), "<html>" + text + "</html>",
                            String.join(", ", h.codes())));
                }
            }
            rows = out;
            fireTableStructureChanged();
        }

        /** The fragment as HTML with its matches in bold, every part escaped. */
        static String marked(org.attune.index.Fragment fragment) {
            StringBuilder out = new StringBuilder();
            String text = fragment.text();
            int at = 0;
            for (org.attune.index.Fragment.Range r : fragment.matches()) {
                out.append(CodeDescription.escape(text.substring(at, r.start()))).append("<b>")
                        .append(CodeDescription.escape(text.substring(r.start(), r.end()))).append("</b>");
                at = r.end();
            }
            return out.append(CodeDescription.escape(text.substring(at))).toString();
        }

        Row row(int index) {
            return rows.get(index);
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 5;
        }

        @Override
        public String getColumnName(int column) {
            return switch (column) {
                case 0 -> "Transcript";
                case 1 -> "Turn";
                case 2 -> "Speaker";
                case 3 -> kwic ? "Keyword in context" : "Text";
                default -> "Codes";
            };
        }

        @Override
        public Object getValueAt(int row, int column) {
            Row r = rows.get(row);
            return switch (column) {
                case 0 -> r.transcript();
                case 1 -> r.turn();
                case 2 -> r.speaker();
                case 3 -> r.text();
                default -> r.codes();
            };
        }
    }
}
