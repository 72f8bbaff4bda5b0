package org.attune.model;

import java.util.Locale;

/** Who speaks a turn: the therapist, the client, or anyone else (a co-therapist, a parent, noise). */
public enum Role {
    THERAPIST,
    CLIENT,
    OTHER;

    /** The lower-case name used in the project file, the CLI and exports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label as written by {@link #label()}, ignoring case. */
    public static Role fromLabel(String label) {
        for (Role role : values()) {
            if (role.label().equalsIgnoreCase(label.strip())) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + label + "': expected therapist, client or other");
    }
}
