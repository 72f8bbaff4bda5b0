package org.attune.workbench;

/**
 * What an export or pack made with a pseudonym list does when the written output, scanned after
 * writing, still holds a listed name.
 */
public enum Leftovers {
    /** The output is not kept, and the export fails saying where the names are. */
    REFUSE,
    /** The output is kept, and where the names are is reported as warnings. */
    ALLOW;

    /** ALLOW when leftovers are allowed, else REFUSE. */
    public static Leftovers of(boolean allowed) {
        return allowed ? ALLOW : REFUSE;
    }
}
