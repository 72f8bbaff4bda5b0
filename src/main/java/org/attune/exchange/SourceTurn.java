package org.attune.exchange;

/**
 * A turn found in a source's text, and where each stretch of its text lies in the source, so that
 * positions in the source (of REFI-QDA selections) become offsets in the turn. The turn's text is
 * its stretches joined by a space (a wrapped line) or a line break (a new paragraph); positions
 * are chars of Java strings here, converted to code points where a coding is made.
 *
 * @param speaker the speaker's label
 * @param startMs when the turn starts, or null
 * @param endMs when it ends, or null
 * @param text the turn's text
 * @param sourceStarts where each stretch starts in the source
 * @param textStarts where each stretch starts in {@code text}
 * @param lengths each stretch's length
 */
public record SourceTurn(String speaker, Long startMs, Long endMs, String text, int[] sourceStarts, int[] textStarts,
                         int[] lengths) {

    /** Where the turn's text starts in the source. */
    int sourceStart() {
        return sourceStarts[0];
    }

    /** Where it ends in the source, exclusive. */
    int sourceEnd() {
        int last = sourceStarts.length - 1;
        return sourceStarts[last] + lengths[last];
    }

    /** The offset in the text of a selection starting at {@code position}: a position between stretches moves forward. */
    int startOffset(int position) {
        for (int i = 0; i < sourceStarts.length; i++) {
            int end = sourceStarts[i] + lengths[i];
            if (position < end) {
                return textStarts[i] + Math.max(0, position - sourceStarts[i]);
            }
        }
        return text.length();
    }

    /** The offset in the text of a selection ending at {@code position}: a position between stretches moves back. */
    int endOffset(int position) {
        for (int i = sourceStarts.length - 1; i >= 0; i--) {
            if (position > sourceStarts[i]) {
                return textStarts[i] + Math.min(lengths[i], position - sourceStarts[i]);
            }
        }
        return 0;
    }
}
