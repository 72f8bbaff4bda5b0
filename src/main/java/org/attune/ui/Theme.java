package org.attune.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Font;
import java.util.Locale;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;

/** The window's look: FlatLaf light or dark, at the user's font size. */
public enum Theme {
    LIGHT, DARK;

    static Theme fromName(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return LIGHT;
        }
    }

    public boolean dark() {
        return this == DARK;
    }

    /**
     * Installs the look and sets the base font, which FlatLaf scales every component's font and
     * gap from; then brings open windows up to date.
     */
    void apply(int fontSize) {
        // A size set before stays among the user's defaults across a change of look: clear it first.
        UIManager.put("defaultFont", null);
        if (this == DARK) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        if (fontSize > 0) {
            Font base = UIManager.getFont("defaultFont");
            UIManager.put("defaultFont", new FontUIResource(base.deriveFont((float) fontSize)));
        }
        FlatLaf.updateUI();
    }
}
