package org.attune.io;

/** Text as XML 1.0 can hold it, for every XML file Attune writes. */
public final class XmlText {

    private XmlText() {
    }

    /**
     * Text coming in, settled as {@link #clean} settles text going out: a form feed, vertical tab or
     * next-line character is a line break, then what XML 1.0 forbids is U+FFFD.
     */
    public static String cleanInput(String text) {
        String breaks = text;
        if (text.indexOf('\f') >= 0 || text.indexOf('\u000B') >= 0 || text.indexOf('\u0085') >= 0) {
            breaks = text.replace('\f', '\n').replace('\u000B', '\n').replace('\u0085', '\n');
        }
        return clean(breaks);
    }

    /** The text with each character XML 1.0 forbids (most control characters, lone surrogates) replaced by U+FFFD. */
    public static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair || c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD;
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(allowed ? c : '\uFFFD');
                if (pair) {
                    out.append(text.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }
}
