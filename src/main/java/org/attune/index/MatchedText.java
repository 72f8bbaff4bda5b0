package org.attune.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A turn's text and where a query matched it: makes the fragment and the KWIC lines. */
final class MatchedText {

    /** Turns up to this long are shown whole. */
    static final int FRAGMENT_LENGTH = 240;
    /** How much of a long turn comes before the first match in its fragment. */
    private static final int LEAD = 80;
    private static final String ELLIPSIS = "…";

    private final String text;
    private final List<Fragment.Range> matches;

    /** @param ranges the matches' char offsets, in any order, overlapping or not */
    MatchedText(String text, List<Fragment.Range> ranges) {
        this.text = text;
        this.matches = merge(ranges, text.length());
    }

    List<Fragment.Range> matches() {
        return matches;
    }

    Fragment fragment() {
        if (text.length() <= FRAGMENT_LENGTH) {
            return new Fragment(text, matches);
        }
        int from = matches.isEmpty() ? 0 : wordStart(Math.max(0, matches.get(0).start() - LEAD));
        int to = wordEnd(Math.min(text.length(), from + FRAGMENT_LENGTH));
        if (!matches.isEmpty() && to < matches.get(0).end()) {
            to = matches.get(0).end();
        }
        String prefix = from > 0 ? ELLIPSIS : "";
        String suffix = to < text.length() ? ELLIPSIS : "";
        List<Fragment.Range> shown = new ArrayList<>();
        for (Fragment.Range range : matches) {
            if (range.start() >= from && range.end() <= to) {
                shown.add(new Fragment.Range(range.start() - from + prefix.length(), range.end() - from + prefix.length()));
            }
        }
        return new Fragment(prefix + text.substring(from, to) + suffix, shown);
    }

    /**
     * One line per match, with up to {@code width} chars of context on each side cut at whole
     * words, exactly as the turn has it but on one line (every line break or tab a space). A turn
     * the query found by its codes, speaker or place and not by a word gets one line with no
     * keyword and its opening as the right context, so a query without words still lists its turns.
     */
    List<KwicLine> kwic(String transcript, int turn, String speaker, List<String> codes, int width) {
        if (matches.isEmpty()) {
            return List.of(new KwicLine(transcript, turn, speaker, "", "", oneLine(rightContext(0, 2 * width)), codes));
        }
        List<KwicLine> lines = new ArrayList<>(matches.size());
        for (Fragment.Range range : matches) {
            lines.add(new KwicLine(transcript, turn, speaker, oneLine(leftContext(range.start(), width)),
                    oneLine(text.substring(range.start(), range.end())), oneLine(rightContext(range.end(), width)), codes));
        }
        return lines;
    }

    /**
     * The text before {@code end}, at most {@code width} chars, from the start of a word: a word
     * the width cuts is left out whole, and so is the whitespace before the first word kept.
     */
    private String leftContext(int end, int width) {
        int from = Math.max(0, end - width);
        if (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            while (from < end && !Character.isWhitespace(text.charAt(from))) {
                from++;
            }
        }
        while (from < end && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return text.substring(from, end);
    }

    /** The text after {@code start}, at most {@code width} chars, to the end of a word, without trailing whitespace. */
    private String rightContext(int start, int width) {
        int to = Math.min(text.length(), start + width);
        if (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            while (to > start && !Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
        }
        while (to > start && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(start, to);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s", " ");
    }

    /** The start of the word at or after {@code at}, so a fragment does not begin mid-word. */
    private int wordStart(int at) {
        if (at == 0 || Character.isWhitespace(text.charAt(at - 1))) {
            return at;
        }
        int space = at;
        while (space < text.length() && !Character.isWhitespace(text.charAt(space))) {
            space++;
        }
        return Math.min(text.length(), space + 1);
    }

    /** The end of the word before {@code at}, so a fragment does not end mid-word. */
    private int wordEnd(int at) {
        if (at >= text.length() || Character.isWhitespace(text.charAt(at))) {
            return at;
        }
        int space = at;
        while (space > 0 && !Character.isWhitespace(text.charAt(space - 1))) {
            space--;
        }
        return space > 0 ? space - 1 : at;
    }

    private static List<Fragment.Range> merge(List<Fragment.Range> ranges, int length) {
        List<Fragment.Range> sorted = ranges.stream()
                .filter(r -> r.start() >= 0 && r.end() > r.start() && r.end() <= length)
                .sorted(Comparator.comparingInt(Fragment.Range::start).thenComparingInt(Fragment.Range::end))
                .toList();
        List<Fragment.Range> merged = new ArrayList<>();
        for (Fragment.Range range : sorted) {
            Fragment.Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range.start() < last.end()) {
                merged.set(merged.size() - 1, new Fragment.Range(last.start(), Math.max(last.end(), range.end())));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }
}
