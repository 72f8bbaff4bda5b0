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
}
