package org.attune.index;

/** How hits are ordered. */
public enum ResultOrder {
    /** Best matches first. */
    RELEVANCE,
    /** As the corpus reads: by dyad, session, transcript, then turn. */
    TRANSCRIPT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
