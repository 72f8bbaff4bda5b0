package org.attune.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextField;
import javax.swing.JTree;
import javax.swing.KeyStroke;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;

/**
 * The right of the window: the codebook as a tree (groups and codes with their colors, keys and
 * counts), a filter box that finds a code by any part of its name (Enter applies the chosen code
 * to the current turn: the searchable code picker), and the chosen code's definition, criteria
 * and examples.
 */
final class CodebookPanel extends JPanel {

    private final ProjectSession session;
    private final JTextField filter = new JTextField();
    private final DefaultTreeModel model = new DefaultTreeModel(new DefaultMutableTreeNode("Codebook"));
    private final JTree tree = new JTree(model);
    private final JEditorPane detail = new JEditorPane("text/html", "");
    private final Consumer<Code> apply;
    private final Runnable back;
    private CodebookEditing editing;

    CodebookPanel(ProjectSession session, Consumer<Code> apply, Runnable back) {
        super(new BorderLayout());
        this.session = session;
        this.apply = apply;
        this.back = back;
        filter.putClientProperty("JTextField.placeholderText", "Find a code (Ctrl+F), Enter applies it");
        filter.putClientProperty("JTextField.showClearButton", true);
        filter.getAccessibleContext().setAccessibleName("Find a code");
        filter.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                refilter();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                refilter();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                refilter();
            }
        });
        WindowKeys.bind(filter, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "apply-found", "code finder",
                WindowKeys.action("apply the code found to the current turn", true, this::applySelected));
        filter.registerKeyboardAction(e -> moveSelection(1), KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), JComponent.WHEN_FOCUSED);
        filter.registerKeyboardAction(e -> moveSelection(-1), KeyStroke.getKeyStroke(KeyEvent.VK_UP, 0), JComponent.WHEN_FOCUSED);
        filter.registerKeyboardAction(e -> {
            filter.setText("");
            back.run();
        }, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), JComponent.WHEN_FOCUSED);
        WindowKeys.bind(tree, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "apply-chosen", "codebook",
                WindowKeys.action("apply the chosen code to the current turn", true, this::applySelected));
        tree.registerKeyboardAction(e -> back.run(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), JComponent.WHEN_FOCUSED);

        tree.setRootVisible(false);
        tree.setShowsRootHandles(true);
        tree.setCellRenderer(new CodeCell());
        tree.getAccessibleContext().setAccessibleName("Codebook");
        tree.addTreeSelectionListener(e -> showDetail());
        tree.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && selectedCode() != null) {
                    applySelected();
                }
            }
        });
        detail.setEditable(false);
        detail.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, true);
        detail.getAccessibleContext().setAccessibleName("The chosen code's definition");

        JPanel top = new JPanel(new BorderLayout(0, 4));
        top.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        top.add(filter, BorderLayout.NORTH);
        top.add(new JScrollPane(tree), BorderLayout.CENTER);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, top, new JScrollPane(detail));
        split.setResizeWeight(0.6);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);
        refilter();
        showDetail();
    }

    /** Turns on the codebook's edits: a menu on a code (right click, Shift+F10, the menu key) and F2 to rename. */
    void editWith(CodebookEditing edits) {
        this.editing = edits;
        tree.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                popup(e);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                popup(e);
            }

            private void popup(MouseEvent e) {
                if (e.isPopupTrigger()) {
                    int row = tree.getRowForLocation(e.getX(), e.getY());
                    if (row >= 0) {
                        tree.setSelectionRow(row);
                        showMenu(e.getX(), e.getY());
                    }
                }
            }
        });
        javax.swing.Action menu = WindowKeys.action("edit the chosen code: rename, color, key, move, add, merge, delete", true,
                this::showMenuAtSelection);
        WindowKeys.bind(tree, KeyStroke.getKeyStroke(KeyEvent.VK_F10, java.awt.event.InputEvent.SHIFT_DOWN_MASK), "code-menu",
                "codebook", menu);
        WindowKeys.bind(tree, KeyStroke.getKeyStroke(KeyEvent.VK_CONTEXT_MENU, 0), "code-menu", "codebook", menu);
        WindowKeys.bind(tree, KeyStroke.getKeyStroke(KeyEvent.VK_F2, 0), "rename-code", "codebook",
                WindowKeys.action("rename the chosen code", true, () -> selected().ifPresent(editing::rename)));
    }

    private java.util.Optional<Code> selected() {
        String id = selectedCode();
        return id == null ? java.util.Optional.empty() : session.codebook().flatMap(cb -> cb.code(id));
    }

    private void showMenuAtSelection() {
        java.awt.Rectangle r = tree.getPathBounds(tree.getSelectionPath());
        if (r != null) {
            showMenu(r.x + 10, r.y + r.height);
        }
    }

    private void showMenu(int x, int y) {
        selected().ifPresent(code -> editing.menu(code).show(tree, x, y));
    }

    JTextField filter() {
        return filter;
    }

    JTree tree() {
        return tree;
    }

    /** The id of the code chosen in the tree, or null. */
    String selectedCode() {
        TreePath path = tree.getSelectionPath();
        if (path != null && ((DefaultMutableTreeNode) path.getLastPathComponent()).getUserObject() instanceof Code code) {
            return code.id();
        }
        return null;
    }

    /** Rebuilds the tree (after codings or the codebook changed), keeping the filter and the chosen code. */
    void refresh() {
        String chosen = selectedCode();
        refilter();
        if (chosen != null) {
            select(chosen);
        }
    }

    /** Only the counts changed: the tree repaints, keeping its place. */
    void countsChanged() {
        tree.repaint();
        if (selectedCode() != null) {
            showDetail();
        }
    }

    private void refilter() {
        DefaultMutableTreeNode root = new DefaultMutableTreeNode("Codebook");
        Codebook codebook = session.codebook().orElse(null);
        if (codebook != null) {
            List<Code> shown = KeyCoding.filter(codebook, filter.getText());
            for (CodeGroup group : codebook.groups()) {
                DefaultMutableTreeNode node = new DefaultMutableTreeNode(group);
                group.codes().stream().filter(shown::contains).forEach(c -> node.add(new DefaultMutableTreeNode(c)));
                if (node.getChildCount() > 0) {
                    root.add(node);
                }
            }
        }
        model.setRoot(root);
        for (int i = 0; i < tree.getRowCount(); i++) {
            tree.expandRow(i);
        }
        if (!filter.getText().isBlank()) {
            moveSelection(0);
        }
    }

    private void select(String codeId) {
        for (int i = 0; i < tree.getRowCount(); i++) {
            Object node = ((DefaultMutableTreeNode) tree.getPathForRow(i).getLastPathComponent()).getUserObject();
            if (node instanceof Code c && c.id().equals(codeId)) {
                tree.setSelectionRow(i);
                return;
            }
        }
    }

    /** Moves the tree's choice to the next (or previous) code, skipping groups; 0 chooses the first code. */
    private void moveSelection(int delta) {
        int rows = tree.getRowCount();
        int current = delta == 0 ? -1 : tree.getMinSelectionRow();
        int step = delta < 0 ? -1 : 1;
        for (int i = current + step; i >= 0 && i < rows; i += step) {
            Object node = ((DefaultMutableTreeNode) tree.getPathForRow(i).getLastPathComponent()).getUserObject();
            if (node instanceof Code) {
                tree.setSelectionRow(i);
                tree.scrollRowToVisible(i);
                return;
            }
        }
    }

    private void applySelected() {
        TreePath path = tree.getSelectionPath();
        if (path != null && ((DefaultMutableTreeNode) path.getLastPathComponent()).getUserObject() instanceof Code code) {
            apply.accept(code);
            filter.setText("");
            back.run();
        }
    }

    private void showDetail() {
        TreePath path = tree.getSelectionPath();
        Object node = path == null ? null : ((DefaultMutableTreeNode) path.getLastPathComponent()).getUserObject();
        detail.setText(node instanceof Code code ? CodeDescription.html(code, session)
                : node instanceof CodeGroup group ? CodeDescription.html(group)
                : "<html><body style='margin:6px'>Choose a code to read its definition, when to apply it and examples. "
                        + "A code's key (in brackets) applies it to the current turn; the number is how many codings it has.</body></html>");
        detail.setCaretPosition(0);
    }

    /** A code with a swatch of its color, its key and how many codings it has. */
    private final class CodeCell extends DefaultTreeCellRenderer {

        @Override
        public Component getTreeCellRendererComponent(JTree tree, Object value, boolean selected, boolean expanded,
                                                      boolean leaf, int row, boolean hasFocus) {
            super.getTreeCellRendererComponent(tree, value, selected, expanded, leaf, row, hasFocus);
            Object item = ((DefaultMutableTreeNode) value).getUserObject();
            if (item instanceof Code code) {
                String key = CodeKeys.of(session.view().codebook()).keyOf(code.id());
                setText(code.name() + (key == null ? "" : "   [" + key + "]") + "   " + session.codingsOf(code.id()));
                setIcon(new Swatch(Palette.code(code), getFont().getSize()));
                setToolTipText(code.id() + (code.isScale() ? ", a scale: its key, then a level" : ""));
            } else if (item instanceof CodeGroup group) {
                setText(group.name() + (group.exclusive() ? "  (one of)" : "") + (group.appliesTo() == org.attune.model.AppliesTo.ANY ? ""
                        : "  · " + group.appliesTo().label()));
                setIcon(null);
                setToolTipText(null);
            }
            return this;
        }
    }

    /** A small square of a code's color. */
    private record Swatch(Color color, int size) implements Icon {

        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            g.setColor(color);
            g.fillRoundRect(x + 1, y + 1, size - 2, size - 2, 3, 3);
        }

        @Override
        public int getIconWidth() {
            return size;
        }

        @Override
        public int getIconHeight() {
            return size;
        }
    }
}
