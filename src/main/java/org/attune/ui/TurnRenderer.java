package org.attune.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.ListCellRenderer;
import javax.swing.UIManager;
import org.attune.model.Code;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.Turn;

/**
 * Paints one turn as a row: the coding stripes, number, time, speaker in the role's color, and
 * the text wrapped to the width. It paints straight onto the list (no text component per row), so
 * only the rows on screen cost anything.
 */
final class TurnRenderer extends JComponent implements ListCellRenderer<Turn> {

    private final ProjectSession session;
    private StripeMargin margin = new StripeMargin(4, false);
    private Codebook codebook;
    private boolean scales;
    private Turn turn;
    private boolean selected;
    private boolean disagrees;
    private java.awt.Color listBackground;
    private boolean stacked;
    private int listWidth;
    private List<String> lines = List.of();
    private List<Coding> mine = List.of();
    private List<Coding> theirs = List.of();

    TurnRenderer(ProjectSession session) {
        this.session = session;
    }

    /** Takes the codebook and stripe layout for the transcript now shown. */
    void prepare(StripeMargin margin) {
        this.margin = margin;
        this.codebook = session.codebook().orElse(null);
        this.scales = codebook != null && codebook.codes().stream().anyMatch(Code::isScale);
    }

    StripeMargin margin() {
        return margin;
    }

    @Override
    public Component getListCellRendererComponent(JList<? extends Turn> list, Turn value, int index, boolean isSelected,
                                                  boolean cellHasFocus) {
        this.turn = value;
        this.selected = isSelected;
        this.listBackground = list.getBackground();
        this.listWidth = list.getWidth() > 0 ? list.getWidth() : list.getParent() != null ? list.getParent().getWidth() : 800;
        setFont(list.getFont());
        setBackground(isSelected ? list.getSelectionBackground() : list.getBackground());
        setForeground(isSelected ? list.getSelectionForeground() : list.getForeground());
        FontMetrics fm = getFontMetrics(getFont());
        stacked = stacked(fm);
        lines = TextLines.wrap(value.text(), fm, textWidth(fm));
        SessionView view = session.view();
        mine = view.mine(value.number());
        theirs = view.theirs(value.number());
        disagrees = view.disagrees(value.number());
        return this;
    }

    int marginWidth() {
        return margin.width(UIScale.getUserScaleFactor());
    }

    private int numberWidth(FontMetrics fm) {
        return fm.stringWidth("0000") + gap();
    }

    private int timeWidth(FontMetrics fm) {
        return fm.stringWidth("00:00:00") + gap();
    }

    private int speakerWidth(FontMetrics fm) {
        return fm.stringWidth("M") * 9 + gap();
    }

    /** The column of scale levels ("Exp 5"), there only when the codebook has scale codes: rows never change height with codings. */
    private int levelWidth(FontMetrics fm) {
        return scales ? fm.stringWidth("Exp 5·5") + gap() : 0;
    }

    private int gap() {
        return UIScale.scale(10);
    }

    /** Where the text column starts, from the row's left edge; below the speaker when the row is narrow. */
    int textX(FontMetrics fm) {
        return stacked ? marginWidth() + numberWidth(fm) + levelWidth(fm)
                : marginWidth() + numberWidth(fm) + timeWidth(fm) + speakerWidth(fm) + levelWidth(fm);
    }

    /**
     * A narrow list (a large font, a small window) would leave the text a few words wide beside
     * the time and speaker columns: then the speaker and time go on a line of their own above it.
     */
    private boolean stacked(FontMetrics fm) {
        int columns = marginWidth() + numberWidth(fm) + timeWidth(fm) + speakerWidth(fm) + levelWidth(fm);
        return listWidth - columns < fm.charWidth('n') * 40;
    }

    private int textWidth(FontMetrics fm) {
        return listWidth - textX(fm) - gap();
    }

    @Override
    public Dimension getPreferredSize() {
        FontMetrics fm = getFontMetrics(getFont());
        int pad = UIScale.scale(4);
        int textLines = Math.max(1, lines.size()) + (stacked ? 1 : 0);
        return new Dimension(Math.max(100, listWidth), textLines * fm.getHeight() + 2 * pad);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setColor(getBackground());
            g2.fillRect(0, 0, getWidth(), getHeight());
            if (selected) {
                // The stripes keep the list's own background, so that they read on the current turn too.
                g2.setColor(listBackground);
                g2.fillRect(0, 0, marginWidth(), getHeight());
                g2.setColor(getBackground());
                g2.fillRect(0, 0, Math.max(2, UIScale.scale(3)), getHeight());
            }
            if (disagrees) {
                // Comparing: a turn where the two coders differ is marked in the margin's edge.
                g2.setColor(UIManager.getColor("Component.error.focusedBorderColor"));
                g2.fillRect(marginWidth() - UIScale.scale(3), 0, UIScale.scale(3), getHeight());
            }
            paintStripes(g2);
            FontMetrics fm = g2.getFontMetrics(getFont());
            int pad = UIScale.scale(4);
            int baseline = pad + fm.getAscent();
            int x = marginWidth();
            Color quiet = selected ? getForeground() : UIManager.getColor("Label.disabledForeground");
            g2.setFont(getFont());
            g2.setColor(quiet);
            String number = Integer.toString(turn.number());
            g2.drawString(number, x + numberWidth(fm) - gap() - fm.stringWidth(number), baseline);
            x += numberWidth(fm);
            int textX = x;
            g2.setFont(getFont().deriveFont(Font.BOLD));
            FontMetrics bold = g2.getFontMetrics();
            Color speaker = selected ? getForeground() : Palette.role(turn.role(), com.formdev.flatlaf.FlatLaf.isLafDark());
            if (stacked) {
                g2.setColor(speaker);
                g2.drawString(clip(turn.speaker(), bold, getWidth() - x - timeWidth(fm) - gap()), x, baseline);
                x += Math.min(bold.stringWidth(turn.speaker()), getWidth() - x - timeWidth(fm) - gap()) + gap();
                if (turn.startMs() != null) {
                    g2.setFont(getFont());
                    g2.setColor(quiet);
                    g2.drawString(clock(turn.startMs()), x, baseline);
                }
            } else {
                g2.setFont(getFont());
                if (turn.startMs() != null) {
                    g2.drawString(clock(turn.startMs()), x, baseline);
                }
                x += timeWidth(fm);
                g2.setFont(getFont().deriveFont(Font.BOLD));
                g2.setColor(speaker);
                g2.drawString(clip(turn.speaker(), bold, speakerWidth(fm) - gap()), x, baseline);
                textX = x + speakerWidth(fm);
            }
            paintLevels(g2, textX, stacked ? baseline + fm.getHeight() : baseline, fm);
            textX += levelWidth(fm);
            x = textX;
            g2.setFont(getFont());
            g2.setColor(getForeground());
            int y = stacked ? baseline + fm.getHeight() : baseline;
            for (String line : lines) {
                g2.drawString(line, x, y);
                y += fm.getHeight();
            }
        } finally {
            g2.dispose();
        }
    }

    /** Scale codes' levels in their own column before the text: "Exp 5", and when comparing "Exp 5·4". */
    private void paintLevels(Graphics2D g, int x, int baseline, FontMetrics fm) {
        if (!scales) {
            return;
        }
        int y = baseline;
        g.setFont(getFont().deriveFont(Font.BOLD));
        List<Coding> bars = StripeMargin.bars(mine);
        List<String> tags = levelTags();
        int shown = 0;
        for (Coding c : bars) {
            Code code = codebook.code(c.codeId()).orElse(null);
            if (code == null || !code.isScale() || c.value() == null) {
                continue;
            }
            g.setColor(selected ? getForeground() : Palette.readable(Palette.code(code), getBackground()));
            g.drawString(tags.get(shown++), x, y);
            y += fm.getHeight();
            if (y > getHeight()) {
                break;
            }
        }
        g.setFont(getFont());
    }

    /** The level tags of the row last prepared: "Exp 5" for each scale code of the coder's on it, with the compared coder's level after a dot. */
    List<String> levelTags() {
        List<String> tags = new java.util.ArrayList<>();
        if (codebook == null) {
            return tags;
        }
        for (Coding c : StripeMargin.bars(mine)) {
            Code code = codebook.code(c.codeId()).orElse(null);
            if (code == null || !code.isScale() || c.value() == null) {
                continue;
            }
            String theirLevel = theirs.stream().filter(o -> o.codeId().equals(c.codeId()) && o.value() != null)
                    .map(o -> o.value().toPlainString()).findFirst().orElse(null);
            tags.add(abbreviation(code) + " " + c.value().toPlainString() + (theirLevel == null ? "" : "·" + theirLevel));
        }
        return tags;
    }

    /** A scale code's short name: its first word's first three letters ("Experiencing level": "Exp"). */
    static String abbreviation(Code code) {
        String first = code.name().strip().split("\\s+")[0];
        return first.length() <= 4 ? first : first.substring(0, 3);
    }

    private void paintStripes(Graphics2D g) {
        float scale = UIScale.getUserScaleFactor();
        int top = Math.round(2 * scale);
        int height = getHeight() - 2 * top;
        paintBlock(g, 0, StripeMargin.bars(mine), scale, top, height);
        if (margin.comparing()) {
            int sep = Math.round(margin.barX(1, 0, 0) * scale) - Math.round(StripeMargin.PAD * scale / 2);
            g.setColor(UIManager.getColor("Separator.foreground"));
            g.drawLine(sep, 0, sep, getHeight());
            paintBlock(g, 1, StripeMargin.bars(theirs), scale, top, height);
        }
    }

    private void paintBlock(Graphics2D g, int block, List<Coding> bars, float scale, int top, int height) {
        for (int i = 0; i < bars.size(); i++) {
            Coding c = bars.get(i);
            Code code = codebook == null ? null : codebook.code(c.codeId()).orElse(null);
            g.setColor(code == null ? Color.GRAY : Palette.code(code));
            int x = Math.round(margin.barX(block, i, bars.size()) * scale);
            int w = Math.max(1, Math.round(margin.barWidth(bars.size()) * scale));
            g.fillRect(x, top, w, height);
        }
    }

    static String clock(long ms) {
        long s = ms / 1000;
        return String.format("%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    private static String clip(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String dots = "…";
        int end = text.length();
        while (end > 0 && fm.stringWidth(text.substring(0, end)) + fm.stringWidth(dots) > width) {
            end--;
        }
        return text.substring(0, end) + dots;
    }

    // A renderer is painted many times a second: these JComponent notifications serve no purpose here.
    @Override
    public void invalidate() {
    }

    @Override
    public void validate() {
    }

    @Override
    public void revalidate() {
    }

    @Override
    public void repaint(long tm, int x, int y, int width, int height) {
    }

    @Override
    public void firePropertyChange(String propertyName, boolean oldValue, boolean newValue) {
    }
}
