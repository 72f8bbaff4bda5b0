package org.attune.agreement;

/** How categories are compared: as names, as ranks, or as numbers on an interval or ratio scale. */
public enum Level {
    NOMINAL, ORDINAL, INTERVAL, RATIO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
