package org.attune.model;

/**
 * The keyboard keys codes may have: one letter, lower or upper case (with Shift), but not j or k,
 * which move between turns, and not digits, which choose a scale's level.
 */
public final class CodeKeys {

    private CodeKeys() {
    }

    public static boolean isValid(String key) {
        if (key.length() != 1) {
            return false;
        }
        char c = key.charAt(0);
        boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        return letter && c != 'j' && c != 'k' && c != 'J' && c != 'K';
    }

    /** The rule, for messages: "must be ...". */
    public static String rule() {
        return "must be one letter a-z or A-Z (not j or k, which move between turns; digits choose scale levels)";
    }
}
