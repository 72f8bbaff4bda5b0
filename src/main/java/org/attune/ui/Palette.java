package org.attune.ui;

import java.awt.Color;
import org.attune.model.Code;
import org.attune.model.Role;

/** The window's colors that mean something: speakers' roles and codes, readable on light and dark themes. */
final class Palette {

    /** For codes without a color of their own: distinct hues, told apart by id. */
    private static final Color[] CODE_HUES = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)
    };

    private Palette() {
    }

    static Color role(Role role, boolean dark) {
        return switch (role) {
            case THERAPIST -> dark ? new Color(0x7fb3ff) : new Color(0x1d4ed8);
            case CLIENT -> dark ? new Color(0xf0a868) : new Color(0xb45309);
            case OTHER -> dark ? new Color(0xb0b0b0) : new Color(0x555555);
        };
    }

    static Color code(Code code) {
        if (code.color() != null) {
            String hex = code.color().substring(1);
            if (hex.length() == 3) {
                hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
            }
            return new Color(Integer.parseInt(hex, 16));
        }
        return CODE_HUES[Math.floorMod(code.id().hashCode(), CODE_HUES.length)];
    }

    static String hex(Color color) {
        return String.format("#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
    }

    /** The color, darkened or lightened until text in it reads on the background (a contrast of 4.5:1, WCAG AA). */
    static Color readable(Color color, Color background) {
        Color c = color;
        boolean darken = luminance(background) > 0.5;
        for (int i = 0; i < 20 && contrast(c, background) < 4.5; i++) {
            c = darken ? blend(c, Color.BLACK, 0.15f) : blend(c, Color.WHITE, 0.15f);
        }
        return c;
    }

    /** WCAG contrast ratio of two colors, from 1 to 21. */
    static double contrast(Color a, Color b) {
        double la = luminance(a) + 0.05;
        double lb = luminance(b) + 0.05;
        return Math.max(la, lb) / Math.min(la, lb);
    }

    /** WCAG relative luminance. */
    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    static Color blend(Color a, Color b, float share) {
        return new Color(Math.round(a.getRed() + (b.getRed() - a.getRed()) * share),
                Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * share),
                Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * share));
    }
}
