package org.attune.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a text, split at LF, CRLF, CR and the vertical tab Word writes for a manual line
 * break, numbered from 1. Readers walk them one at a time, so a large file's lines are never all
 * alive at once.
 */
final class TextLines {

    /** Hears each line in turn. */
    @FunctionalInterface
    interface LineConsumer {
        void line(int number, String line);
    }

    /** Hears each line in turn, as a range of the text: no string is made for a line not wanted. */
    @FunctionalInterface
    interface RangeConsumer {
        void line(int number, int start, int end);
    }

    private TextLines() {
    }

    static void forEach(String text, LineConsumer consumer) {
        String t = withLineFeeds(text);
        forEachRange(t, (number, start, end) -> consumer.line(number, t.substring(start, end)));
    }

    /**
     * Walks the lines of a text whose line ends are LF or CRLF only (see {@link #withLineFeeds}),
     * finding them with {@code indexOf}, which the JVM vectorises.
     */
    static void forEachRange(String text, RangeConsumer consumer) {
        int n = text.length();
        int start = 0;
        int number = 1;
        while (start < n) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? n : newline;
            consumer.line(number++, start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
            if (newline < 0) {
                return;
            }
            start = newline + 1;
        }
    }

    /** The text with every line end an LF or a CRLF: lone CRs and vertical tabs become LFs. Usually the text itself. */
    static String withLineFeeds(String text) {
        if (text.indexOf('\u000B') < 0 && !hasLoneCarriageReturn(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean loneCr = c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
            out.append(c == '\u000B' || loneCr ? '\n' : c);
        }
        return out.toString();
    }

    static List<String> list(String text) {
        List<String> lines = new ArrayList<>();
        forEach(text, (number, line) -> lines.add(line));
        return lines;
    }

    private static boolean hasLoneCarriageReturn(String text) {
        int i = text.indexOf('\r');
        while (i >= 0) {
            if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                return true;
            }
            i = text.indexOf('\r', i + 2);
        }
        return false;
    }
}
