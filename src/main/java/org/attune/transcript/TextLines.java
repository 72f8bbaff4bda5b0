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

    private TextLines() {
    }

    static void forEach(String text, LineConsumer consumer) {
        int n = text.length();
        int start = 0;
        int number = 1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u000B') {
                consumer.line(number++, text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            consumer.line(number, text.substring(start));
        }
    }

    static List<String> list(String text) {
        List<String> lines = new ArrayList<>();
        forEach(text, (number, line) -> lines.add(line));
        return lines;
    }
}
