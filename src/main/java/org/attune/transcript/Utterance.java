package org.attune.transcript;

import org.attune.model.Role;

/**
 * One turn as a reader found it, before roles are settled and turns numbered.
 *
 * @param speaker the speaker label as written
 * @param startMs start time in milliseconds, or null
 * @param endMs end time in milliseconds, or null
 * @param text the words, trimmed
 * @param roleHint a role the file itself states (a CSV role column), or null
 * @param line the line (or paragraph, or row) where the turn starts, for messages
 */
public record Utterance(String speaker, Long startMs, Long endMs, String text, Role roleHint, int line) {
}
