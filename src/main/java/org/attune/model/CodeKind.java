package org.attune.model;

import java.util.Locale;

/** A code is present or absent (a flag), or takes one of ordered levels (a scale). */
public enum CodeKind {
    FLAG,
    SCALE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses flag or scale, ignoring case; null for anything else. */
    public static CodeKind fromLabel(String label) {
        for (CodeKind value : values()) {
            if (value.label().equalsIgnoreCase(label.strip())) {
                return value;
            }
        }
        return null;
    }
}
