package org.attune.agreement;

/** What the coders' ratings of a unit are, for one line of a report. */
public enum Comparison {
    /** One code: present or absent on the unit. */
    PRESENCE,
    /** One exclusive group: which of its codes the unit has, or none. */
    CHOICE,
    /** One scale code: the level given, where one was. */
    LEVEL,
    /** Every code's presence on every unit it applies to, pooled. */
    POOLED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
