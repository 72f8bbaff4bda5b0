package org.attune.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.swing.UIManager;
import org.attune.analysis.CooccurrenceTable;

/**
 * The co-occurrence table as a heat map: a cell per pair of codes, stronger the more turns carry
 * both (darker in the light theme, brighter in the dark), every count written in it, 0 included,
 * in black or white as the cell's luminance asks, in cells wide enough for the largest count; the
 * codes' names down the side and (turned) across the top. Hover names the pair; a click asks for
 * its turns.
 */
final class HeatMap extends Picture {

    private CooccurrenceTable table;
    private Function<String, String> names = id -> id;
    private final BiConsumer<String, String> open;

    HeatMap(BiConsumer<String, String> open) {
        super("Co-occurrence heat map: click a cell for its turns");
        this.open = open;
        setToolTipText("");
        addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int[] cell = cellAt(e.getX(), e.getY());
                if (cell != null) {
                    open.accept(table.codes().get(cell[0]), table.codes().get(cell[1]));
                }
            }
        });
    }

    void show(CooccurrenceTable table, Function<String, String> names) {
        this.table = table;
        this.names = names;
        revalidate();
        repaint();
    }

    /** The names of the codes in the grid, whole, as a reader of the picture would have them. */
    List<String> codeNames() {
        return table == null ? List.of() : table.codes().stream().map(names).toList();
    }

    /** Names are cut to keep the grid on screen; the hover label gives them whole. */
    private String label(String code) {
        String name = names.apply(code);
        return name.length() <= 22 ? name : name.substring(0, 21) + "…";
    }

    /** Square cells that hold the widest count with room around it, never smaller than the text's line. */
    int cell() {
        FontMetrics fm = getFontMetrics(getFont());
        long largest = 0;
        if (table != null) {
            for (List<Long> row : table.rows()) {
                for (long count : row) {
                    largest = Math.max(largest, count);
                }
            }
        }
        return Math.max(24, Math.max(fm.getHeight() + 8, fm.stringWidth(Long.toString(largest)) + 12));
    }

    private int labelWidth() {
        FontMetrics fm = getFontMetrics(getFont());
        return table == null ? 0 : table.codes().stream().mapToInt(c -> fm.stringWidth(label(c))).max().orElse(0) + 8;
    }

    @Override
    public Dimension getPreferredSize() {
        if (table == null) {
            return new Dimension(200, 100);
        }
        int n = table.codes().size();
        return new Dimension(labelWidth() + n * cell() + 8, labelWidth() + n * cell() + 8);
    }

    private int[] cellAt(int x, int y) {
        if (table == null) {
            return null;
        }
        int left = labelWidth();
        int c = cell();
        int col = (x - left) / c;
        int row = (y - left) / c;
        int n = table.codes().size();
        return x < left || y < left || col >= n || row >= n ? null : new int[] {row, col};
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        int[] cell = cellAt(e.getX(), e.getY());
        if (cell == null) {
            return null;
        }
        List<String> codes = table.codes();
        return names.apply(codes.get(cell[0])) + " × " + names.apply(codes.get(cell[1])) + ": "
                + table.rows().get(cell[0]).get(cell[1]) + " turns (click to see them)";
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setColor(UIManager.getColor("Panel.background"));
            g2.fillRect(0, 0, getWidth(), getHeight());
            if (table == null) {
                g2.setColor(UIManager.getColor("Label.disabledForeground"));
                g2.drawString("Compute to see which codes fall on the same turns.", 8, 20);
                return;
            }
            List<String> codes = table.codes();
            int n = codes.size();
            int left = labelWidth();
            int c = cell();
            FontMetrics fm = g2.getFontMetrics(getFont());
            long max = 1;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j) {
                        max = Math.max(max, table.rows().get(i).get(j));
                    }
                }
            }
            Color text = UIManager.getColor("Label.foreground");
            boolean dark = com.formdev.flatlaf.FlatLaf.isLafDark();
            Color weakest = dark ? DARK_WEAKEST : LIGHT_WEAKEST;
            Color strongest = dark ? DARK_STRONGEST : LIGHT_STRONGEST;
            for (int i = 0; i < n; i++) {
                g2.setColor(text);
                String name = label(codes.get(i));
                g2.drawString(name, left - 4 - fm.stringWidth(name), left + i * c + (c + fm.getAscent()) / 2 - 2);
                Graphics2D turned = (Graphics2D) g2.create();
                turned.translate(left + i * c + (c + fm.getAscent()) / 2 - 2, left - 4);
                turned.rotate(-Math.PI / 2);
                turned.drawString(name, 0, 0);
                turned.dispose();
                for (int j = 0; j < n; j++) {
                    long count = table.rows().get(i).get(j);
                    // The diagonal is each code's own count: drawn grey, so it does not drown the pairs' scale.
                    float share = i == j ? 0 : (float) Math.sqrt((double) count / max);
                    Color fill = i == j ? DIAGONAL : blend(weakest, strongest, share);
                    g2.setColor(fill);
                    g2.fillRect(left + j * c, left + i * c, c - 1, c - 1);
                    g2.setColor(textOn(fill));
                    String label = Long.toString(count);
                    g2.drawString(label, left + j * c + (c - 1 - fm.stringWidth(label)) / 2,
                            left + i * c + (c - 1 - fm.getHeight()) / 2 + fm.getAscent());
                }
            }
        } finally {
            g2.dispose();
        }
    }

    static final Color LIGHT_WEAKEST = new Color(0xf7fbff);
    static final Color LIGHT_STRONGEST = new Color(0x08306b);
    static final Color DARK_WEAKEST = new Color(0x25303d);
    static final Color DARK_STRONGEST = new Color(0xc6dbef);
    static final Color DIAGONAL = new Color(0x9e9e9e);

    /**
     * Black or white, whichever stands out more from the fill: by its relative luminance (WCAG
     * 2), so that every count reads at a contrast of at least 4.5 to 1 on any cell, in either theme.
     */
    static Color textOn(Color fill) {
        double luminance = luminance(fill);
        double onBlack = (luminance + 0.05) / 0.05;
        double onWhite = 1.05 / (luminance + 0.05);
        return onBlack >= onWhite ? Color.BLACK : Color.WHITE;
    }

    /** WCAG 2's relative luminance of an sRGB colour, from 0 (black) to 1 (white). */
    static double luminance(Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    static Color blend(Color from, Color to, float share) {
        return new Color(Math.round(from.getRed() + (to.getRed() - from.getRed()) * share),
                Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * share),
                Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * share));
    }
}
