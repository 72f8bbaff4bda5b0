package org.attune.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for reading a scale level's value from text, wherever it comes from (a codebook, a
 * codings table, a REFI-QDA file): a plain decimal such as {@code 4}, {@code -1} or {@code 2.5}, of
 * at most fifteen digits before and after the point. No exponent: {@code 1e999999999} is a number
 * too large to write out or compare, and no scale has such a level.
 */
public final class LevelValue {

    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d{1,15}(\\.\\d{0,15})?|\\.\\d{1,15})");

    private LevelValue() {
    }

    /** The value the text writes, or empty when it is no plain decimal. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        return PLAIN.matcher(stripped).matches() ? Optional.of(new BigDecimal(stripped)) : Optional.empty();
    }

    /** A text as a message quotes it: cut short when long, so that a line stays a line. */
    public static String quoted(String text) {
        String stripped = text == null ? "" : text.strip();
        return "'" + (stripped.length() > 40 ? stripped.substring(0, 40) + "…" : stripped) + "'";
    }
}
