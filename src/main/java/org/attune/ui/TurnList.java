package org.attune.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseEvent;
import java.util.List;
import javax.swing.JList;
import javax.swing.ListSelectionModel;
import javax.swing.ToolTipManager;
import org.attune.model.Coding;
import org.attune.model.Transcript;
import org.attune.model.Turn;

/**
 * The transcript: one row per turn, painted by {@link TurnRenderer}, rows as tall as their
 * wrapped text. The list lays out only when the transcript or the width changes; a coding
 * repaints, it never re-measures, so a key press costs one row's painting.
 */
final class TurnList extends JList<Turn> {

    private final ProjectSession session;
    private final TurnListModel turns = new TurnListModel();
    private final TurnRenderer renderer;
    private int measuredWidth = -1;

    TurnList(ProjectSession session) {
        this.session = session;
        this.renderer = new TurnRenderer(session);
        setModel(turns);
        setCellRenderer(renderer);
        setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        getAccessibleContext().setAccessibleName("Transcript turns");
        ToolTipManager.sharedInstance().registerComponent(this);
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                if (getWidth() != measuredWidth) {
                    measuredWidth = getWidth();
                    remeasure();
                }
            }
        });
    }

    /** Shows a transcript (or none), with stripe blocks sized for its most coded turn. */
    void show(Transcript transcript) {
        prepareStripes(transcript);
        turns.show(transcript);
    }

    /** The transcript the list shows, or null. */
    Transcript shown() {
        return turns.transcript();
    }

    /**
     * After codings changed: the rows' heights stay (nothing in a row's height depends on its
     * codings); the changed turns' rows are repainted, or all when more changed. The stripe blocks
     * grow if a turn now has more codes than any had (they do not shrink until the transcript is
     * shown again).
     */
    void codingsChanged(java.util.BitSet turns) {
        StripeMargin before = renderer.margin();
        SessionView view = session.view();
        boolean comparing = view.comparedWith() != null;
        if (comparing != before.comparing() || turns == null) {
            prepareStripes(view.transcript());
        } else {
            int most = before.bars();
            for (int t = turns.nextSetBit(0); t >= 0; t = turns.nextSetBit(t + 1)) {
                most = Math.max(most, StripeMargin.bars(view.mine(t)).size());
                if (comparing) {
                    most = Math.max(most, StripeMargin.bars(view.theirs(t)).size());
                }
            }
            renderer.prepare(most > before.bars() ? new StripeMargin(Math.min(most, comparing ? 5 : 8), comparing) : before);
        }
        if (before.width(1f) != renderer.margin().width(1f)) {
            remeasure();
            repaint();
        } else if (turns != null) {
            // Only the coded turns' rows changed: repainting them alone keeps a key press cheap.
            for (int t = turns.nextSetBit(0); t >= 0; t = turns.nextSetBit(t + 1)) {
                if (t >= 1 && t <= getModel().getSize()) {
                    Rectangle row = getCellBounds(t - 1, t - 1);
                    if (row != null) {
                        repaint(row);
                    }
                }
            }
        } else {
            repaint();
        }
    }

    private void prepareStripes(Transcript transcript) {
        int most = 0;
        SessionView view = session.view();
        boolean comparing = view.comparedWith() != null;
        if (transcript != null) {
            for (Turn t : transcript.turns()) {
                most = Math.max(most, StripeMargin.bars(view.mine(t.number())).size());
                if (comparing) {
                    most = Math.max(most, StripeMargin.bars(view.theirs(t.number())).size());
                }
            }
        }
        renderer.prepare(new StripeMargin(Math.min(most, comparing ? 5 : 8), comparing));
    }

    /** Hears, after each paint, which snapshot was painted: for the window benchmark's key-to-painted time. */
    private volatile java.util.function.LongConsumer painted;

    void onPainted(java.util.function.LongConsumer listener) {
        this.painted = listener;
    }

    @Override
    protected void paintComponent(java.awt.Graphics g) {
        super.paintComponent(g);
        java.util.function.LongConsumer listener = painted;
        if (listener != null) {
            listener.accept(session.view().version());
        }
    }

    /** Makes the list measure its rows again: the only way JList forgets cached heights. */
    void remeasure() {
        setFixedCellHeight(1);
        setFixedCellHeight(-1);
    }

    /** Letters are code keys here, not the list's type-to-find. */
    @Override
    public int getNextMatch(String prefix, int startIndex, javax.swing.text.Position.Bias bias) {
        return -1;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    /** The hover label of a stripe: the code, its level, whose, and its memo. */
    @Override
    public String getToolTipText(MouseEvent event) {
        int index = locationToIndex(event.getPoint());
        if (index < 0) {
            return null;
        }
        Rectangle cell = getCellBounds(index, index);
        if (cell == null || !cell.contains(event.getPoint())) {
            return null;
        }
        int x = Math.round((event.getX() - cell.x) / UIScale.getUserScaleFactor());
        int turn = index + 1;
        List<Coding> mine = session.mine(turn);
        List<Coding> theirs = session.theirs(turn);
        Coding coding = renderer.margin().at(x, mine, theirs);
        if (coding == null) {
            return null;
        }
        return CodingLabel.of(coding, session.view());
    }

    /** Whether the start of a turn's row is in the viewport (all of it, when it fits). */
    boolean inView(int turn) {
        Rectangle row = turn >= 1 && turn <= getModel().getSize() ? getCellBounds(turn - 1, turn - 1) : null;
        Rectangle visible = getVisibleRect();
        return row != null && (visible.contains(row) || visible.contains(row.x, row.y) && row.height > visible.height);
    }

    /** Whether the row of a turn shows completely in the viewport. */
    boolean shows(int turn) {
        Rectangle row = turn >= 1 && turn <= getModel().getSize() ? getCellBounds(turn - 1, turn - 1) : null;
        return row != null && getVisibleRect().contains(row);
    }

    /** The turn shown first in the viewport, from 1; for tests and benchmarks. */
    int firstVisibleTurn() {
        return getFirstVisibleIndex() + 1;
    }
}
