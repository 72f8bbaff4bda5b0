package org.attune.model;

import java.util.Objects;

/**
 * One speaker's continuous contribution to a session.
 *
 * @param number position in the transcript, from 1
 * @param speaker the speaker's label as written in the source
 * @param role the speaker's role
 * @param startMs start time in milliseconds from the start of the recording, or null when unknown
 * @param endMs end time in milliseconds, or null when unknown
 * @param text what was said
 */
public record Turn(int number, String speaker, Role role, Long startMs, Long endMs, String text) {

    public Turn {
        if (number < 1) {
            throw new IllegalArgumentException("turn numbers start at 1, got " + number);
        }
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        if (speaker.isBlank()) {
            throw new IllegalArgumentException("turn " + number + " has no speaker");
        }
        if (startMs != null && startMs < 0 || endMs != null && endMs < 0) {
            throw new IllegalArgumentException("turn " + number + " has a negative time");
        }
        if (startMs != null && endMs != null && endMs < startMs) {
            throw new IllegalArgumentException("turn " + number + " ends before it starts");
        }
    }

    /** The length of the text in Unicode code points, the unit of offsets in codings. */
    public int codePoints() {
        return text.codePointCount(0, text.length());
    }

    /** The text from one code-point offset to another (end exclusive), clamped to the text. */
    public String text(int fromCodePoint, int toCodePoint) {
        int length = codePoints();
        int from = Math.max(0, Math.min(fromCodePoint, length));
        int to = Math.max(from, Math.min(toCodePoint, length));
        return text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
    }
}
