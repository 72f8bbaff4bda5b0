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
    private final DefaultListModel<String> offered = new DefaultListModel<>();
    private final JList<String> offers = new JList<>(offered);
    private final javax.swing.JPopupMenu completion = new javax.swing.JPopupMenu();
    private QueryCompletion.Offer offer;
    final javax.swing.JComboBox<String> saved = new javax.swing.JComboBox<>();
    private boolean fillingSaved;

    SearchPanel(ProjectSession session, StatusBar status, BiConsumer<String, Integer> jump) {
        super(new BorderLayout(4, 4));
        this.session = session;
        this.status = status;
        this.jump = jump;
        setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        query.putClientProperty("JTextField.placeholderText",
                "e.g. feel AND role:client, \"I don't know\", code:amplification AND next.code:self-state-shift");
        query.getAccessibleContext().setAccessibleName("Search query");
        query.addActionListener(e -> {
            if (completion.isVisible()) {
                acceptCompletion();
            } else {
                run();
            }
        });
        installCompletion();
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
        saved.getAccessibleContext().setAccessibleName("Saved queries");
        saved.setToolTipText("Saved queries: choose one to run it");
        saved.addActionListener(e -> {
            if (!fillingSaved && saved.getSelectedIndex() > 0) {
                String name = (String) saved.getSelectedItem();
                session.call(w -> w.savedQuery(name).query()).thenAccept(text -> javax.swing.SwingUtilities.invokeLater(() -> {
                    query.setText(text);
                    run();
                }));
            }
        });
        JButton save = new JButton("Save…");
        save.setToolTipText("Save this query under a name, for the team and the command line (attune search --saved NAME)");
        save.addActionListener(e -> saveQuery());
        buttons.add(saved);
        buttons.add(save);
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

    /** Fills the saved queries' list from the project. */
    void refresh() {
        session.call(w -> w.savedQueries().stream().map(q -> q.name()).toList())
                .thenAccept(names -> javax.swing.SwingUtilities.invokeLater(() -> showSaved(names)));
    }

    private void showSaved(List<String> names) {
        fillingSaved = true;
        try {
            saved.removeAllItems();
            saved.addItem("Saved queries");
            names.forEach(saved::addItem);
        } finally {
            fillingSaved = false;
        }
    }

    private void saveQuery() {
        String text = query.getText().strip();
        if (text.isEmpty()) {
            status.show(Outcome.refused("type a query to save"));
            return;
        }
        Object name = javax.swing.JOptionPane.showInputDialog(this, "Save the query as", "Save a query",
                javax.swing.JOptionPane.PLAIN_MESSAGE, null, null, "");
        if (name == null || name.toString().isBlank()) {
            return;
        }
        String as = name.toString().strip();
        session.call(w -> w.saveQuery(as, text, null)).whenComplete((done, failure) -> javax.swing.SwingUtilities.invokeLater(() -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                explain(cause);
                status.show(Outcome.refused(WindowKeys.rootMessage(failure)));
            } else {
                refresh();
                status.show(Outcome.done("saved the query as " + as));
            }
        }));
    }

    /** Completion of fields and codes while typing: ↓/↑ choose, Tab or Enter take, Escape closes. */
    private void installCompletion() {
        offers.setFocusable(false);
        offers.getAccessibleContext().setAccessibleName("Completions");
        completion.setFocusable(false);
        completion.add(new JScrollPane(offers));
        offers.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                acceptCompletion();
            }
        });
        query.getDocument().addDocumentListener(new javax.swing.event.DocumentListener() {
            @Override
            public void insertUpdate(javax.swing.event.DocumentEvent e) {
                javax.swing.SwingUtilities.invokeLater(SearchPanel.this::offerCompletions);
            }

            @Override
            public void removeUpdate(javax.swing.event.DocumentEvent e) {
                javax.swing.SwingUtilities.invokeLater(SearchPanel.this::offerCompletions);
            }

            @Override
            public void changedUpdate(javax.swing.event.DocumentEvent e) {
            }
        });
        bindQueryKey(KeyEvent.VK_DOWN, "offer-next", () -> moveOffer(1));
        bindQueryKey(KeyEvent.VK_UP, "offer-previous", () -> moveOffer(-1));
        bindQueryKey(KeyEvent.VK_TAB, "offer-take", this::acceptCompletion);
        bindQueryKey(KeyEvent.VK_ESCAPE, "offer-close", () -> completion.setVisible(false));
        query.setFocusTraversalKeysEnabled(false);
    }

    private void bindQueryKey(int key, String name, Runnable action) {
        query.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(key, 0), name);
        query.getActionMap().put(name, new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                if (completion.isVisible() || key == KeyEvent.VK_DOWN) {
                    action.run();
                } else if (key == KeyEvent.VK_TAB) {
                    query.transferFocus();
                }
            }
        });
    }

    private void offerCompletions() {
        if (!query.isFocusOwner() || !query.isShowing()) {
            completion.setVisible(false);
            return;
        }
        int caret = query.getCaretPosition();
        offer = QueryCompletion.at(query.getText(), caret, org.attune.workbench.Workbench.QUERY_FIELDS,
                session.codebook().orElse(null));
        offered.clear();
        offer.replacements().forEach(offered::addElement);
        if (offered.isEmpty()) {
            completion.setVisible(false);
            return;
        }
        offers.setSelectedIndex(0);
        offers.setVisibleRowCount(Math.min(8, offered.size()));
        if (completion.isVisible()) {
            // Already open: new offers in place, rather than a new popup window for every key typed.
            completion.pack();
            return;
        }
        try {
            java.awt.geom.Rectangle2D at = query.modelToView2D(offer.word());
            completion.pack();
            completion.show(query, (int) at.getX(), query.getHeight());
            query.requestFocusInWindow();
        } catch (javax.swing.text.BadLocationException e) {
            completion.setVisible(false);
        }
    }

    private void moveOffer(int delta) {
        if (!completion.isVisible()) {
            offerCompletions();
            return;
        }
        int next = Math.clamp(offers.getSelectedIndex() + delta, 0, offered.size() - 1);
        offers.setSelectedIndex(next);
        offers.ensureIndexIsVisible(next);
    }

    private void acceptCompletion() {
        String chosen = offers.getSelectedValue();
        completion.setVisible(false);
        if (chosen == null || offer == null) {
            return;
        }
        int caret = query.getCaretPosition();
        String text = QueryCompletion.apply(query.getText(), caret, offer, chosen);
        int newCaret = offer.word() + chosen.length();
        query.setText(text);
        query.setCaretPosition(Math.min(newCaret, text.length()));
        completion.setVisible(false);
    }

    boolean completionShowing() {
        return completion.isVisible();
    }

    /** Runs the query in the background; the index is built first when it has to be. */
    void run() {
        String text = query.getText().strip();
        if (text.isEmpty()) {
            problem.setText("Type a query: words, \"a phrase\", code:NAME, role:client, speaker:\"NAME\" …");
            return;
        }
        problem.setText(" ");
        completion.setVisible(false);
        boolean withKwic = kwic.isSelected();
        SearchRequest request = new SearchRequest(text, null, LIMIT, ResultOrder.TRANSCRIPT, true, withKwic);
        String viewer = session.coder();
        BackgroundWork.start("Searching", status, progress -> {
            try (org.attune.workbench.Workbench reader = session.reader()) {
                return reader.seenBy(viewer).search(request, progress);
            }
        }, found -> {
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
    void explain(Throwable failure) {
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
                try (org.attune.workbench.Workbench reader = session.reader()) {
                    reader.exportSearch(exported, withKwic, out);
                }
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
