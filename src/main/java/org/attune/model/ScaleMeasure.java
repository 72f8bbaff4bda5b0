package org.attune.model;

import java.util.Locale;

/** How a scale's levels compare, which decides the agreement measures that fit it. */
public enum ScaleMeasure {
    ORDINAL,
    INTERVAL,
    RATIO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses ordinal, interval or ratio, ignoring case; null for anything else. */
    public static ScaleMeasure fromLabel(String label) {
        for (ScaleMeasure value : values()) {
            if (value.label().equalsIgnoreCase(label.strip())) {
                return value;
            }
        }
        return null;
    }
}
