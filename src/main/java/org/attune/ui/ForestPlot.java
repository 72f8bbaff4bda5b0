package org.attune.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;
import javax.swing.UIManager;
import org.attune.agreement.AgreementLine;
import org.attune.agreement.Coefficient;

/**
 * A forest plot of one coefficient per code or group: the value as a dot, its 95% interval as a
 * line, on a scale from -0.2 to 1 with the usual benchmark bands drawn in (for alpha, 0.667 for
 * tentative conclusions and 0.800 for reliable ones, after Krippendorff).
 */
final class ForestPlot extends Picture {

    static final double LOW = -0.2;
    static final double HIGH = 1.0;

    /**
     * One line of the plot.
     *
     * @param name what was compared
     * @param value the coefficient, NaN when undefined
     * @param low the interval's lower end, NaN when there is none
     * @param high its upper end
     */
    record Estimate(String name, double value, double low, double high) {
    }

    private List<Estimate> lines = List.of();
    private String title = "";
    private double[] bands = {0.667, 0.800};

    ForestPlot() {
        super("Forest plot of agreement per code");
    }

    /** One coefficient of every line of an agreement report, with its interval. */
    void show(List<AgreementLine> lines, Coefficient coefficient) {
        show(lines.stream().map(l -> {
            Double v = l.values().get(coefficient);
            double[] ci = l.ci95().get(coefficient);
            return new Estimate(l.subject().name(), v == null ? Double.NaN : v, ci == null ? Double.NaN : ci[0],
                    ci == null ? Double.NaN : ci[1]);
        }).toList(), coefficient.key().replace('_', ' ') + " (95% interval)", bands(coefficient));
    }

    void show(List<Estimate> estimates, String title, double[] bands) {
        this.lines = List.copyOf(estimates);
        this.title = title;
        this.bands = bands.clone();
        setToolTipText(title + "; bands at " + bands[0] + " and " + bands[1]);
        revalidate();
        repaint();
    }

    /** The benchmark bands: Krippendorff's for alpha, Landis and Koch's "substantial" and "almost perfect" for kappas. */
    static double[] bands(Coefficient coefficient) {
        return coefficient == Coefficient.KRIPPENDORFF_ALPHA ? new double[] {0.667, 0.800} : new double[] {0.61, 0.81};
    }

    private int rowHeight() {
        return getFontMetrics(getFont()).getHeight() + 4;
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(500, (lines.size() + 2) * rowHeight() + 8);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setColor(UIManager.getColor("Panel.background"));
            g2.fillRect(0, 0, getWidth(), getHeight());
            g2.setFont(getFont());
            FontMetrics fm = g2.getFontMetrics();
            int labelWidth = Math.min(getWidth() / 3, lines.stream().mapToInt(l -> fm.stringWidth(l.name())).max().orElse(50) + 12);
            int left = labelWidth;
            int right = getWidth() - 16;
            int rh = rowHeight();
            int top = rh;
            int bottom = top + lines.size() * rh;
            Color text = UIManager.getColor("Label.foreground");
            Color grid = UIManager.getColor("Separator.foreground");
            // Bands: below the first shaded as unreliable, between the two as tentative.
            g2.setColor(withAlpha(new Color(0xd62728), 30));
            g2.fillRect(left, top, x(bands[0], left, right) - left, bottom - top);
            g2.setColor(withAlpha(new Color(0xff7f0e), 40));
            g2.fillRect(x(bands[0], left, right), top, x(bands[1], left, right) - x(bands[0], left, right), bottom - top);
            g2.setColor(withAlpha(new Color(0x2ca02c), 35));
            g2.fillRect(x(bands[1], left, right), top, right - x(bands[1], left, right), bottom - top);
            g2.setColor(grid);
            for (double tick : new double[] {-0.2, 0, 0.2, 0.4, 0.6, 0.8, 1.0}) {
                int x = x(tick, left, right);
                g2.drawLine(x, top, x, bottom);
                String label = String.format("%.1f", tick);
                g2.setColor(text);
                g2.drawString(label, x - fm.stringWidth(label) / 2, bottom + fm.getAscent() + 2);
                g2.setColor(grid);
            }
            g2.setColor(text);
            g2.drawString(title + "   bands " + bands[0] + ", " + bands[1], left, fm.getAscent());
            for (int i = 0; i < lines.size(); i++) {
                Estimate line = lines.get(i);
                int y = top + i * rh + rh / 2;
                g2.setColor(text);
                g2.drawString(line.name(), 4, y + fm.getAscent() / 2 - 1);
                if (!Double.isNaN(line.low()) && !Double.isNaN(line.high())) {
                    g2.setStroke(new BasicStroke(2f));
                    g2.drawLine(x(line.low(), left, right), y, x(line.high(), left, right), y);
                    g2.setStroke(new BasicStroke(1f));
                }
                if (!Double.isNaN(line.value())) {
                    int x = x(line.value(), left, right);
                    g2.fillOval(x - 4, y - 4, 9, 9);
                } else {
                    g2.drawString("undefined", left + 4, y + fm.getAscent() / 2 - 1);
                }
            }
        } finally {
            g2.dispose();
        }
    }

    private static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    static int x(double value, int left, int right) {
        double clamped = Math.max(LOW, Math.min(HIGH, value));
        return left + (int) Math.round((clamped - LOW) / (HIGH - LOW) * (right - left));
    }
}
