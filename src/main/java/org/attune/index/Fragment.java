package org.attune.index;

import java.util.List;
import java.util.function.Function;

/**
 * A stretch of a turn's text with the matches marked.
 *
 * @param text the stretch, with "…" where it cuts the turn short
 * @param matches where the matches are in {@code text}, in order, without overlaps
 */
public record Fragment(String text, List<Range> matches) {

    /** A match, from a char offset to another, end exclusive. */
    public record Range(int start, int end) {
    }

    public Fragment {
        matches = List.copyOf(matches);
    }

    /** The text with each match wrapped by {@code mark}, as {@code s -> "<em>" + s + "</em>"}. */
    public String marked(Function<String, String> mark) {
        StringBuilder out = new StringBuilder(text.length() + matches.size() * 10);
        int at = 0;
        for (Range range : matches) {
            out.append(text, at, range.start()).append(mark.apply(text.substring(range.start(), range.end())));
            at = range.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
