package org.attune.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.attune.model.Span;

/**
 * The turns of a REFI-QDA source's text and the map from the source's positions to spans on them.
 * Turns are found from speaker labels at the starts of lines, or taken exactly from the layout
 * Attune itself wrote ({@link TranscriptLayout}); without labels, each paragraph is a turn of an
 * unlabelled speaker.
 */
public final class SourceTurns {

    /** The speaker of text that has no label. */
    public static final String UNLABELLED = "Unlabelled";

    /**
     * A speaker label at the start of a line.
     *
     * @param speaker the label
     * @param startMs the time before it, or null
     * @param endMs the end time beside it, or null
     * @param textStart where the text after it starts in the line
     */
    public record LineLabel(String speaker, Long startMs, Long endMs, int textStart) {
    }

    private final String text;
    private final List<SourceTurn> turns;
    private final boolean labelled;

    private SourceTurns(String text, List<SourceTurn> turns, boolean labelled) {
        this.text = text;
        this.turns = List.copyOf(turns);
        this.labelled = labelled;
    }

    /** The turns in order; none for a text that is only white space. */
    public List<SourceTurn> turns() {
        return turns;
    }

    /** Whether any turn was found by a speaker label (or Attune's layout). */
    public boolean labelled() {
        return labelled;
    }

    static SourceTurns exact(String text, List<SourceTurn> turns) {
        return new SourceTurns(text, turns, true);
    }

    /**
     * Finds turns from the labels at the starts of lines.
     *
     * @param labels for the lines of a text, the label of each, or null
     */
    public static SourceTurns byLabels(String text, Function<List<String>, List<LineLabel>> labels) {
        List<String> lines = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            lines.add(text.substring(from, to));
            starts.add(from);
            from = to + 1;
        }
        List<LineLabel> found = labels.apply(lines);
        boolean anyLabel = found.stream().anyMatch(l -> l != null);
        List<SourceTurn> turns = new ArrayList<>();
        Builder current = null;
        boolean blankBefore = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineStart = starts.get(i);
            LineLabel label = found.get(i);
            if (label != null) {
                if (current != null) {
                    current.finish(turns);
                }
                current = new Builder(label.speaker(), label.startMs(), label.endMs());
                current.add(text, lineStart + label.textStart(), lineStart + line.length(), false);
            } else if (line.isBlank()) {
                blankBefore = current != null && !current.isEmpty();
                continue;
            } else {
                if (current == null || !anyLabel && blankBefore) {
                    if (current != null) {
                        current.finish(turns);
                    }
                    current = new Builder(UNLABELLED, null, null);
                }
                current.add(text, lineStart, lineStart + line.length(), blankBefore);
            }
            blankBefore = false;
        }
        if (current != null) {
            current.finish(turns);
        }
        return new SourceTurns(text, turns, anyLabel);
    }

    /**
     * The span on the turns that a selection of the source covers (positions in code points, end
     * exclusive), or null when it covers no turn's text (only labels, times or white space).
     */
    public Span span(int startCodePoint, int endCodePoint) {
        int start = text.offsetByCodePoints(0, startCodePoint);
        int end = text.offsetByCodePoints(start, endCodePoint - startCodePoint);
        int first = -1;
        for (int t = 0; t < turns.size(); t++) {
            if (turns.get(t).sourceEnd() > start) {
                first = t;
                break;
            }
        }
        int last = -1;
        for (int t = turns.size() - 1; t >= 0; t--) {
            if (turns.get(t).sourceStart() < end) {
                last = t;
                break;
            }
        }
        if (first < 0 || last < 0 || last < first) {
            return null;
        }
        SourceTurn a = turns.get(first);
        SourceTurn b = turns.get(last);
        int startOffset = a.text().codePointCount(0, a.startOffset(start));
        int endOffset = b.text().codePointCount(0, b.endOffset(end));
        if (first == last && endOffset <= startOffset) {
            return null;
        }
        if (first != last && endOffset == 0) {
            // Ending exactly where a turn starts: the selection is of the turns before it.
            last--;
            b = turns.get(last);
            endOffset = b.text().codePointCount(0, b.text().length());
            if (first == last && endOffset <= startOffset) {
                return null;
            }
        }
        return new Span(first + 1, startOffset, last + 1, endOffset);
    }

    /** Gathers the stretches of one turn. */
    private static final class Builder {
        private final String speaker;
        private final Long startMs;
        private final Long endMs;
        private final StringBuilder text = new StringBuilder();
        private final List<int[]> stretches = new ArrayList<>();

        Builder(String speaker, Long startMs, Long endMs) {
            this.speaker = speaker;
            this.startMs = startMs;
            this.endMs = endMs;
        }

        boolean isEmpty() {
            return stretches.isEmpty();
        }

        /** Adds the line's text between from and to, without the white space around it. */
        void add(String source, int from, int to, boolean newParagraph) {
            while (from < to && Character.isWhitespace(source.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(source.charAt(to - 1))) {
                to--;
            }
            if (from == to) {
                return;
            }
            if (!stretches.isEmpty()) {
                text.append(newParagraph ? '\n' : ' ');
            }
            stretches.add(new int[] {from, text.length(), to - from});
            text.append(source, from, to);
        }

        void finish(List<SourceTurn> turns) {
            if (stretches.isEmpty()) {
                return;
            }
            int n = stretches.size();
            int[] sourceStarts = new int[n];
            int[] textStarts = new int[n];
            int[] lengths = new int[n];
            for (int i = 0; i < n; i++) {
                sourceStarts[i] = stretches.get(i)[0];
                textStarts[i] = stretches.get(i)[1];
                lengths[i] = stretches.get(i)[2];
            }
            turns.add(new SourceTurn(speaker, startMs, endMs, text.toString(), sourceStarts, textStarts, lengths));
        }
    }
}
