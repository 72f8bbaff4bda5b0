package org.attune.exchange;

import java.util.List;

/**
 * Decides how a tool counted a Windows line break (CRLF) in a source's positions: as one code point
 * (ATLAS.ti) or as two (some others). The positions themselves tell: read the right way, they
 * fit the text, and selections start and end at the edges of words far more often than not.
 */
final class CrlfCounting {

    private CrlfCounting() {
    }

    /** Whether the positions count CRLF as two. */
    static boolean asTwo(SourceText text, List<int[]> selections) {
        return score(text, selections, true) > score(text, selections, false);
    }

    /** How many selection edges fall on word edges with CRLF counted so; the lowest value when they do not fit. */
    static long score(SourceText text, List<int[]> selections, boolean two) {
        String t = text.text();
        int length = two ? text.rawCodePoints() : text.codePoints();
        long score = 0;
        for (int[] s : selections) {
            if (s[0] < 0 || s[1] > length || s[1] <= s[0]) {
                return Long.MIN_VALUE;
            }
            int start = t.offsetByCodePoints(0, two ? text.normalFromRaw(s[0]) : s[0]);
            int end = t.offsetByCodePoints(0, two ? text.normalFromRaw(s[1]) : s[1]);
            score += edge(t, start) ? 1 : 0;
            score += edge(t, end) ? 1 : 0;
        }
        return score;
    }

    /**
     * How many selection edges split a word (a letter or digit on both sides), with CRLF counted so;
     * the most there can be when the positions do not fit the text. A misread count of positions
     * shifts edges into words; a right one almost never splits one, whatever the selections end on.
     */
    static long splits(SourceText text, List<int[]> selections, boolean two) {
        String t = text.text();
        int length = two ? text.rawCodePoints() : text.codePoints();
        long splits = 0;
        for (int[] s : selections) {
            if (s[0] < 0 || s[1] > length || s[1] <= s[0]) {
                return Long.MAX_VALUE;
            }
            for (int at : s) {
                int i = t.offsetByCodePoints(0, two ? text.normalFromRaw(at) : at);
                boolean before = i > 0 && Character.isLetterOrDigit(t.codePointBefore(i));
                boolean after = i < t.length() && Character.isLetterOrDigit(t.codePointAt(i));
                splits += before && after ? 1 : 0;
            }
        }
        return splits;
    }

    /** Whether a position lies between a word character and something else (or the text's ends). */
    private static boolean edge(String t, int at) {
        boolean before = at > 0 && Character.isLetterOrDigit(t.codePointBefore(at));
        boolean after = at < t.length() && Character.isLetterOrDigit(t.codePointAt(at));
        return before != after;
    }
}
