package org.attune.codebook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.attune.model.ScaleLevel;

/**
 * A scale's levels in one cell: "1=Content not about the self; 2=The self involved", the pairs
 * separated by ';' or by line breaks. The writer puts one level per line, so a label may hold a ';'.
 */
final class SpreadsheetLevels {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d{1,15}(?:\\.\\d{1,15})?");

    private SpreadsheetLevels() {
    }

    /** The cell's text for a scale's levels: one "value=label" per line. */
    static String text(List<ScaleLevel> levels) {
        return levels.stream().map(l -> l.valueText() + "=" + l.label()).collect(Collectors.joining("\n"));
    }

    /**
     * The levels a cell names, in the order given.
     *
     * @throws IllegalArgumentException saying what is wrong with the text, for a problem's message
     */
    static List<ScaleLevel> parse(String text) {
        // One level per line when there are lines, so that a label may hold a ';' (a line's own trailing ';' is a separator).
        boolean byLine = text.contains("\n");
        List<ScaleLevel> levels = new ArrayList<>();
        Set<BigDecimal> values = new HashSet<>();
        for (String part : text.split(byLine ? "\n" : ";")) {
            String pair = byLine ? part.strip().replaceFirst(";$", "").strip() : part.strip();
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("'" + pair + "' is not a level: write value=label, as '1=Content not about the self'");
            }
            String value = pair.substring(0, equals).strip();
            String label = pair.substring(equals + 1).strip();
            // Plain decimals only: an exponent ("1e999999999") would make a number too large to write out.
            if (!NUMBER.matcher(value).matches()) {
                throw new IllegalArgumentException("the level '" + pair + "' has no number before '=': write value=label, as '1=Low'");
            }
            BigDecimal number = new BigDecimal(value);
            if (label.isEmpty()) {
                throw new IllegalArgumentException("the level '" + pair + "' has no label after '='");
            }
            ScaleLevel level = new ScaleLevel(number, label);
            if (!values.add(level.value())) {
                throw new IllegalArgumentException("two levels have the value " + level.valueText() + "; each level needs its own");
            }
            levels.add(level);
        }
        return levels;
    }
}
