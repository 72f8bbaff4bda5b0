package org.attune.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTree;
import javax.swing.KeyStroke;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import org.attune.model.TranscriptSummary;
import org.attune.workbench.CoderProgress;
import org.attune.workbench.RoundProgress.Stage;

/**
 * The left of the window: the project's dyads and their sessions, each with every coder's
 * progress on it (○ not started, ◐ started, ● done). Enter or a click opens a session.
 */
final class ProjectPanel extends JPanel {

    private final ProjectSession session;
    private final DefaultTreeModel model = new DefaultTreeModel(new DefaultMutableTreeNode());
    private final JTree tree = new JTree(model);
    private CoderProgress progress = new CoderProgress(List.of(), Map.of());

    /** A session in the tree. */
    record Session(TranscriptSummary summary) {
    }

    ProjectPanel(ProjectSession session, Consumer<String> open) {
        super(new BorderLayout());
        this.session = session;
        tree.setRootVisible(false);
        // Rows as tall as their renderer: a session shows its coders' progress on a second line.
        tree.setRowHeight(0);
        tree.setShowsRootHandles(true);
        tree.setCellRenderer(new Cell());
        tree.getAccessibleContext().setAccessibleName("Project: dyads and sessions");
        javax.swing.ToolTipManager.sharedInstance().registerComponent(tree);
        tree.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                TreePath path = tree.getPathForLocation(e.getX(), e.getY());
                if (path != null && ((DefaultMutableTreeNode) path.getLastPathComponent()).getUserObject() instanceof Session s) {
                    open.accept(s.summary().name());
                }
            }
        });
        tree.registerKeyboardAction(e -> {
            TreePath path = tree.getSelectionPath();
            if (path != null && ((DefaultMutableTreeNode) path.getLastPathComponent()).getUserObject() instanceof Session s) {
                open.accept(s.summary().name());
            }
        }, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), JComponent.WHEN_FOCUSED);
        add(new JScrollPane(tree), BorderLayout.CENTER);
    }

    /** The stage the tree shows for a coder on a transcript. */
    Stage stage(String transcript, String coder) {
        return progress.stage(transcript, coder);
    }

    JTree tree() {
        return tree;
    }

    private record Loaded(List<TranscriptSummary> transcripts, CoderProgress progress) {
    }

    /** Reads the transcripts and everyone's progress again, on the project's owner; the tree follows when they arrive. */
    void refresh() {
        String viewer = session.coder();
        session.call(w -> new Loaded(w.transcripts(), w.seenBy(viewer).coderProgress()))
                .thenAccept(loaded -> javax.swing.SwingUtilities.invokeLater(() -> show(loaded)));
    }

    private void show(Loaded loaded) {
        progress = loaded.progress();
        Map<String, DefaultMutableTreeNode> dyads = new LinkedHashMap<>();
        DefaultMutableTreeNode root = new DefaultMutableTreeNode("Project");
        loaded.transcripts().stream()
                .sorted(java.util.Comparator.comparing((TranscriptSummary t) -> t.session().dyad() == null ? "~" : t.session().dyad())
                        .thenComparing(t -> t.session().session() == null ? Integer.MAX_VALUE : t.session().session())
                        .thenComparing(TranscriptSummary::name))
                .forEach(t -> dyads.computeIfAbsent(t.session().dyad() == null ? "Without a dyad" : "Dyad " + t.session().dyad(),
                        d -> {
                            DefaultMutableTreeNode node = new DefaultMutableTreeNode(d);
                            root.add(node);
                            return node;
                        }).add(new DefaultMutableTreeNode(new Session(t))));
        model.setRoot(root);
        for (int i = 0; i < tree.getRowCount(); i++) {
            tree.expandRow(i);
        }
        session.transcript().ifPresent(t -> select(t.name()));
    }

    void select(String transcript) {
        for (int i = 0; i < tree.getRowCount(); i++) {
            if (((DefaultMutableTreeNode) tree.getPathForRow(i).getLastPathComponent()).getUserObject() instanceof Session s
                    && s.summary().name().equals(transcript)) {
                tree.setSelectionRow(i);
                tree.scrollRowToVisible(i);
                // Scrolling to a row also scrolls sideways to its end; the names are at its start.
                if (tree.getParent() instanceof javax.swing.JViewport port) {
                    port.setViewPosition(new java.awt.Point(0, port.getViewPosition().y));
                }
                return;
            }
        }
    }

    static String mark(Stage stage) {
        return switch (stage) {
            case NOT_STARTED -> "○";
            case STARTED -> "◐";
            case DONE -> "●";
        };
    }

    private final class Cell extends DefaultTreeCellRenderer {

        @Override
        public Component getTreeCellRendererComponent(JTree tree, Object value, boolean selected, boolean expanded,
                                                      boolean leaf, int row, boolean hasFocus) {
            super.getTreeCellRendererComponent(tree, value, selected, expanded, leaf, row, hasFocus);
            Object item = ((DefaultMutableTreeNode) value).getUserObject();
            setIcon(null);
            if (item instanceof Session s) {
                TranscriptSummary t = s.summary();
                String title = (t.session().session() == null ? "" : "Session " + t.session().session() + "  ") + t.name();
                StringBuilder tip = new StringBuilder(t.name() + ", " + t.turnCount() + " turns");
                StringBuilder marks = new StringBuilder();
                for (String coder : progress.codersOf(t.name())) {
                    Stage stage = progress.stage(t.name(), coder);
                    marks.append(marks.isEmpty() ? "" : "&nbsp;&nbsp;").append(CodeDescription.escape(coder)).append("&nbsp;")
                            .append(mark(stage));
                    tip.append("; ").append(coder).append(": ").append(stage.label());
                }
                setText(marks.isEmpty() ? title : "<html>" + CodeDescription.escape(title) + "<br><span style='font-size:90%'>"
                        + marks + "</span></html>");
                setToolTipText(tip.toString());
                getAccessibleContext().setAccessibleName(tip.toString());
            } else {
                setToolTipText(null);
            }
            return this;
        }
    }
}
