package org.attune.transcript;

/** White space made tidy: runs collapsed to one space, ends stripped. Called per turn, so no regex. */
final class Whitespace {

    private Whitespace() {
    }

    static String collapse(String text) {
        int length = text.length();
        StringBuilder out = null;
        boolean pendingSpace = false;
        int start = 0;
        while (start < length && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (out == null) {
                // Most labels and cues are tidy already: copy only once something needs changing.
                boolean tidy = !space || c == ' ' && i + 1 < length && !Character.isWhitespace(text.charAt(i + 1));
                if (tidy) {
                    continue;
                }
                out = new StringBuilder(length).append(text, start, i);
            }
            if (space) {
                pendingSpace = true;
            } else {
                if (pendingSpace && !out.isEmpty()) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            }
        }
        return out == null ? text.substring(start) : out.toString();
    }
}
