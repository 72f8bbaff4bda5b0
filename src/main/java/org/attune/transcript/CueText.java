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
        return Whitespace.collapse(decodeReferences(withoutTags(raw)));
    }

    /** Removes {@code <...>} tags and SRT's {@code {\...}} overrides; a lone {@code <} or {@code {} stays. */
    static String withoutTags(String raw) {
        if (raw.indexOf('<') < 0 && raw.indexOf('{') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        int n = raw.length();
        while (i < n) {
            char c = raw.charAt(i);
            int close = -1;
            if (c == '<') {
                close = raw.indexOf('>', i + 1);
            } else if (c == '{' && i + 1 < n && raw.charAt(i + 1) == '\\') {
                close = raw.indexOf('}', i + 2);
            }
            if (close < 0) {
                out.append(c);
                i++;
            } else {
                i = close + 1;
            }
        }
        return out.toString();
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
