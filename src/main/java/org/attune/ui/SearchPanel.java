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
        // Enter always runs the query, the completion open or not: Tab is what takes a completion.
        query.addActionListener(e -> run());
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

    /** Completion of fields and codes while typing: ↓/↑ choose, Tab takes, Escape closes; Enter runs the query. */
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

    /**
     * The text gets the room; in KWIC the left context, aligned right, meets the keyword so that
     * the keywords line up, and the right context follows the keyword as the turn has it. A new
     * table structure (hits or KWIC) forgets widths and renderers, so this runs after each.
     */
    private void sizeColumns() {
        javax.swing.table.TableColumnModel columns = table.getColumnModel();
        if (!hits.kwic()) {
            int[] widths = {70, 40, 90, 560, 180};
            for (int c = 0; c < widths.length; c++) {
                columns.getColumn(c).setPreferredWidth(widths[c]);
            }
            return;
        }
        java.awt.FontMetrics plain = table.getFontMetrics(table.getFont());
        int[] widths = {hits.widest(0, plain) + 12, hits.widest(1, plain) + 12, Math.min(160, hits.widest(2, plain) + 12),
            hits.widest(HitsModel.LEFT, plain) + 8, 560, 160};
        for (int c = 0; c < widths.length; c++) {
            columns.getColumn(c).setPreferredWidth(widths[c]);
        }
        // Where and the left context keep their widths when the table fills the window; the keyword and after take the rest.
        for (int c : new int[] {0, 1, 2, HitsModel.LEFT}) {
            columns.getColumn(c).setMinWidth(widths[c]);
        }
        columns.getColumn(HitsModel.LEFT).setCellRenderer(new BeforeCell());
        columns.getColumn(HitsModel.KEYWORD).setCellRenderer(new KeywordCell());
    }

    /**
     * The left context as plain text, so its spaces show as typed, flush right against the
     * keyword's column: no padding where they meet, and cut at its start when the column is
     * narrow, so the words next to the keyword stay.
     */
    static final class BeforeCell extends javax.swing.table.DefaultTableCellRenderer {

        BeforeCell() {
            setHorizontalAlignment(javax.swing.SwingConstants.RIGHT);
        }

        @Override
        public java.awt.Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                                                                int row, int column) {
            super.getTableCellRendererComponent(table, value, selected, focus, row, column);
            setBorder(BorderFactory.createEmptyBorder(0, 4, 0, 0));
            String text = value == null ? "" : value.toString();
            int room = table.getColumnModel().getColumn(column).getWidth() - 4;
            java.awt.FontMetrics fm = getFontMetrics(getFont());
            int from = 0;
            while (from < text.length() && fm.stringWidth((from > 0 ? "…" : "") + text.substring(from)) > room) {
                from++;
            }
            setText((from > 0 ? "…" : "") + text.substring(from));
            return this;
        }
    }

    /** A KWIC line's keyword and what follows it in the turn, in one cell so that nothing comes between them. */
    record KeywordThenAfter(String keyword, String after) {
        @Override
        public String toString() {
            return keyword + after;
        }
    }

    /**
     * The keyword in bold, flush left, and the right context straight after it in plain text,
     * exactly as the turn has them: a comma after the keyword touches it.
     */
    static final class KeywordCell extends javax.swing.table.DefaultTableCellRenderer {

        private String keyword = "";
        private String after = "";

        @Override
        public java.awt.Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                                                                int row, int column) {
            super.getTableCellRendererComponent(table, value, selected, focus, row, column);
            setBorder(BorderFactory.createEmptyBorder(0, 0, 0, 4));
            KeywordThenAfter parts = value instanceof KeywordThenAfter k ? k : new KeywordThenAfter("", String.valueOf(value));
            keyword = parts.keyword();
            after = parts.after();
            return this;
        }

        @Override
        protected void paintComponent(java.awt.Graphics g) {
            java.awt.Graphics2D g2 = (java.awt.Graphics2D) g.create();
            try {
                if (isOpaque()) {
                    g2.setColor(getBackground());
                    g2.fillRect(0, 0, getWidth(), getHeight());
                }
                Object hints = java.awt.Toolkit.getDefaultToolkit().getDesktopProperty("awt.font.desktophints");
                if (hints instanceof java.util.Map<?, ?> map) {
                    g2.addRenderingHints(map);
                } else {
                    g2.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                }
                java.awt.Font bold = getFont().deriveFont(java.awt.Font.BOLD);
                java.awt.FontMetrics fm = g2.getFontMetrics(getFont());
                int baseline = (getHeight() - fm.getHeight()) / 2 + fm.getAscent();
                g2.setColor(getForeground());
                g2.setFont(bold);
                g2.drawString(keyword, 0, baseline);
                int x = g2.getFontMetrics(bold).stringWidth(keyword);
                g2.setFont(getFont());
                g2.drawString(after, x, baseline);
            } finally {
                g2.dispose();
            }
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

    /**
     * The hits, or the KWIC lines, as table rows: a hit is its place, its marked fragment and its
     * codes; a KWIC line its place, the left context in a column of its own, the keyword and the
     * right context together in the next (see {@link KeywordThenAfter}), and the turn's codes.
     */
    static final class HitsModel extends AbstractTableModel {

        static final int LEFT = 3;
        static final int KEYWORD = 4;

        /** Where a row's turn is, for the jump to it. */
        record Row(String transcript, int turn) {
        }

        private List<SearchHit> hitRows = List.of();
        private List<KwicLine> kwicRows = List.of();
        private boolean kwic;

        void show(SearchResult result, boolean asKwic) {
            kwic = asKwic;
            hitRows = asKwic ? List.of() : result.hits();
            kwicRows = asKwic ? result.kwic() : List.of();
            fireTableStructureChanged();
        }

        boolean kwic() {
            return kwic;
        }

        /** The widest text of a KWIC column, in pixels of {@code fm}. */
        int widest(int column, java.awt.FontMetrics fm) {
            int widest = fm.stringWidth(getColumnName(column));
            for (int row = 0; row < kwicRows.size(); row++) {
                widest = Math.max(widest, fm.stringWidth(String.valueOf(getValueAt(row, column))));
            }
            return widest;
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
            if (kwic) {
                KwicLine line = kwicRows.get(index);
                return new Row(line.transcript(), line.turn());
            }
            SearchHit hit = hitRows.get(index);
            return new Row(hit.transcript(), hit.turn());
        }

        @Override
        public int getRowCount() {
            return kwic ? kwicRows.size() : hitRows.size();
        }

        @Override
        public int getColumnCount() {
            return kwic ? 6 : 5;
        }

        @Override
        public String getColumnName(int column) {
            return switch (column) {
                case 0 -> "Transcript";
                case 1 -> "Turn";
                case 2 -> "Speaker";
                case 3 -> kwic ? "Before" : "Text";
                case 4 -> kwic ? "Keyword, after" : "Codes";
                default -> "Codes";
            };
        }

        @Override
        public Object getValueAt(int row, int column) {
            if (kwic) {
                KwicLine k = kwicRows.get(row);
                return switch (column) {
                    case 0 -> k.transcript();
                    case 1 -> k.turn();
                    case 2 -> k.speaker();
                    case LEFT -> k.left();
                    case KEYWORD -> new KeywordThenAfter(k.keyword(), k.right());
                    default -> String.join(", ", k.codes());
                };
            }
            SearchHit h = hitRows.get(row);
            return switch (column) {
                case 0 -> h.transcript();
                case 1 -> h.turn();
                case 2 -> h.speaker();
                case 3 -> "<html>" + (h.fragment() == null ? CodeDescription.escape(h.text()) : marked(h.fragment())) + "</html>";
                default -> String.join(", ", h.codes());
            };
        }
    }
}
