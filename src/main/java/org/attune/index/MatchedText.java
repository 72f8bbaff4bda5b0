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

    /** One line per match, with up to {@code width} chars of context on each side, on one line. */
    List<KwicLine> kwic(String transcript, int turn, String speaker, int width) {
        List<KwicLine> lines = new ArrayList<>(matches.size());
        for (Fragment.Range range : matches) {
            String left = oneLine(text.substring(Math.max(0, range.start() - width), range.start()));
            String right = oneLine(text.substring(range.end(), Math.min(text.length(), range.end() + width)));
            lines.add(new KwicLine(transcript, turn, speaker, left, oneLine(text.substring(range.start(), range.end())), right));
        }
        return lines;
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
