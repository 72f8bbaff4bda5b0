package org.attune.model;

import java.util.Locale;

/** Which turns a code group applies to: the therapist's, the client's, or any. */
public enum AppliesTo {
    THERAPIST,
    CLIENT,
    ANY;

    /** Whether a turn of this role may carry the group's codes. */
    public boolean fits(Role role) {
        return this == ANY || this == THERAPIST && role == Role.THERAPIST || this == CLIENT && role == Role.CLIENT;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses therapist, client or any, ignoring case; null for anything else. */
    public static AppliesTo fromLabel(String label) {
        for (AppliesTo value : values()) {
            if (value.label().equalsIgnoreCase(label.strip())) {
                return value;
            }
        }
        return null;
    }
}
