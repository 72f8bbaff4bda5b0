package org.attune.io;

import java.util.Locale;

/** REFI-QDA GUIDs as tools write them: either case, with or without braces. Compared in one form. */
public final class RefiGuid {

    private RefiGuid() {
    }

    /** The GUID in lower case without braces or surrounding space; null stays null. */
    public static String normal(String guid) {
        if (guid == null) {
            return null;
        }
        String g = guid.strip();
        if (g.startsWith("{") && g.endsWith("}")) {
            g = g.substring(1, g.length() - 1);
        }
        return g.toLowerCase(Locale.ROOT);
    }
}
