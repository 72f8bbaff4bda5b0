package org.attune.transcript;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleans the text of subtitle cues: markup tags out, character references decoded, spaces collapsed. */
final class CueText {

    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    private CueText() {
    }

    /** Text without tags ({@code <i>}, {@code <c.yellow>}, {@code <00:01.000>}, SRT's {@code {\an8}}) and with references decoded. */
    static String clean(String raw) {
        if (raw.indexOf('<') < 0 && raw.indexOf('{') < 0) {
            String text = Whitespace.collapse(raw);
            return text.indexOf('&') < 0 ? text : Whitespace.collapse(decodeReferences(text));
        }
        // One pass for tags and white space: there is a cue every few seconds of speech.
        int n = raw.length();
        StringBuilder out = new StringBuilder(n);
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            int close = -1;
            if (c == '<') {
                close = raw.indexOf('>', i + 1);
            } else if (c == '{' && i + 1 < n && raw.charAt(i + 1) == '\\') {
                close = raw.indexOf('}', i + 2);
            }
            if (close >= 0) {
                i = close;
            } else if (Character.isWhitespace(c)) {
                pendingSpace = !out.isEmpty();
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        String text = out.toString();
        return text.indexOf('&') < 0 ? text : Whitespace.collapse(decodeReferences(text));
    }

    static String decodeReferences(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(reference(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String reference(String name, String whole) {
        if (name.startsWith("#")) {
            try {
                int codePoint = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(codePoint) && codePoint != 0 ? Character.toString(codePoint) : whole;
            } catch (NumberFormatException e) {
                return whole;
            }
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00A0";
            case "lrm", "rlm" -> "";
            default -> whole;
        };
    }
}
