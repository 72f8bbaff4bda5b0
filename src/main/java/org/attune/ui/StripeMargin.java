package org.attune.ui;

import java.util.ArrayList;
import java.util.List;
import org.attune.model.Coding;

/**
 * The geometry of the coding stripes beside a turn: one bar per code, the coder's own first and,
 * when comparing, the other coder's in a second block. Shared by painting and by the hover
 * labels, so that the label names the bar under the mouse.
 */
final class StripeMargin {

    static final int BAR = 4;
    static final int GAP = 2;
    static final int PAD = 4;

    private final int barsPerBlock;
    private final boolean comparing;

    StripeMargin(int barsPerBlock, boolean comparing) {
        this.barsPerBlock = Math.max(3, barsPerBlock);
        this.comparing = comparing;
    }

    /** The width of the whole margin, at a scale (FlatLaf's UI scale, for large fonts). */
    int width(float scale) {
        return Math.round((PAD + blockWidth() + (comparing ? PAD + blockWidth() : 0) + PAD) * scale);
    }

    private int blockWidth() {
        return barsPerBlock * (BAR + GAP);
    }

    /** The left edge of each bar of a block (0 the coder's own, 1 the compared coder's), unscaled. */
    int barX(int block, int index, int bars) {
        int start = PAD + block * (blockWidth() + PAD);
        // More codes than the block was sized for: bars get narrower, never spill into the text.
        int step = bars > barsPerBlock ? Math.max(2, blockWidth() / bars) : BAR + GAP;
        return start + index * step;
    }

    int barWidth(int bars) {
        return bars > barsPerBlock ? Math.max(1, blockWidth() / bars - 1) : BAR;
    }

    /** How many bars a block holds at full width. */
    int bars() {
        return barsPerBlock;
    }

    boolean comparing() {
        return comparing;
    }

    /** One bar per code: a code applied twice on a turn (two spans) shows once. */
    static List<Coding> bars(List<Coding> codings) {
        List<Coding> bars = new ArrayList<>();
        for (Coding c : codings) {
            if (bars.stream().noneMatch(b -> b.codeId().equals(c.codeId()))) {
                bars.add(c);
            }
        }
        return bars;
    }

    /** The coding whose bar is at x (unscaled, from the margin's left edge), if any. */
    Coding at(int x, List<Coding> mine, List<Coding> theirs) {
        List<Coding> own = bars(mine);
        for (int i = 0; i < own.size(); i++) {
            int bx = barX(0, i, own.size());
            if (x >= bx - 1 && x <= bx + barWidth(own.size())) {
                return own.get(i);
            }
        }
        if (comparing) {
            List<Coding> other = bars(theirs);
            for (int i = 0; i < other.size(); i++) {
                int bx = barX(1, i, other.size());
                if (x >= bx - 1 && x <= bx + barWidth(other.size())) {
                    return other.get(i);
                }
            }
        }
        return null;
    }
}
