package org.attune.ui;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a turn's text into lines that fit a width, at spaces where it can: the same breaks for
 * measuring a row and for painting it, so that a row is exactly as tall as its text. Much cheaper
 * than laying out a text component per turn, which is what makes a long transcript open at once.
 */
final class TextLines {

    private TextLines() {
    }

    /** The lines of {@code text} at most {@code width} pixels wide (a word wider than that is cut). */
    static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, metrics, Math.max(width, metrics.charWidth('W') * 4), lines);
        }
        return lines;
    }

    private static void wrapParagraph(String text, FontMetrics metrics, int width, List<String> lines) {
        int start = 0;
        int length = text.length();
        if (length == 0) {
            lines.add("");
            return;
        }
        while (start < length) {
            int lineWidth = 0;
            int lastSpace = -1;
            int i = start;
            while (i < length) {
                char c = text.charAt(i);
                int w = metrics.charWidth(c);
                if (lineWidth + w > width && i > start) {
                    break;
                }
                if (c == ' ') {
                    lastSpace = i;
                }
                lineWidth += w;
                i++;
            }
            if (i >= length) {
                lines.add(text.substring(start));
                return;
            }
            int end = lastSpace > start ? lastSpace : i;
            lines.add(text.substring(start, end));
            start = end;
            while (start < length && text.charAt(start) == ' ') {
                start++;
            }
        }
    }
}
