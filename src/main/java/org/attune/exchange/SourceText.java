package org.attune.exchange;

/**
 * A source's text with its line breaks made LF, and the map from positions in the text as given
 * (where CRLF counts as two code points, as some tools count it) to positions in the LF text.
 * A byte order mark was already removed by decoding and counts as nothing.
 */
final class SourceText {

    private final String text;
    private final int codePoints;
    /** Code-point positions, in the raw text, of each '\r' that was removed (the first of a CRLF pair). */
    private final int[] removed;

    private SourceText(String text, int[] removed) {
        this.text = text;
        this.codePoints = text.codePointCount(0, text.length());
        this.removed = removed;
    }

    static SourceText of(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int[] removed = new int[16];
        int count = 0;
        int codePoint = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    if (count == removed.length) {
                        removed = java.util.Arrays.copyOf(removed, count * 2);
                    }
                    removed[count++] = codePoint;
                } else {
                    out.append('\n'); // an old Mac line break: one for one
                }
            } else {
                out.append(c);
            }
            if (!Character.isLowSurrogate(c)) {
                codePoint++;
            }
        }
        return new SourceText(out.toString(), java.util.Arrays.copyOf(removed, count));
    }

    String text() {
        return text;
    }

    int codePoints() {
        return codePoints;
    }

    int rawCodePoints() {
        return codePoints + removed.length;
    }

    int crlfCount() {
        return removed.length;
    }

    /** A raw position (CRLF as two) in the LF text: a position between '\r' and '\n' falls before the '\n'. */
    int normalFromRaw(int raw) {
        int before = 0;
        int lo = 0;
        int hi = removed.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (removed[mid] < raw) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        before = lo;
        return raw - before;
    }
}
