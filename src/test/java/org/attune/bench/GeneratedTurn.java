package org.attune.bench;

import org.attune.model.Role;

/**
 * A turn of a generated session transcript, as every generated file writes it.
 *
 * @param number its number, from 1
 * @param speaker the speaker's label ("Therapist", "Client")
 * @param role the role that label stands for
 * @param startMs when it starts, in milliseconds from the start of the recording
 * @param endMs when it ends
 * @param text what is said: single spaces, no line breaks, no colons (so that no part of a
 *     turn split over subtitle cues looks like a speaker label)
 */
public record GeneratedTurn(int number, String speaker, Role role, long startMs, long endMs, String text) {

    /** The turn's words, split at its single spaces; joined with spaces they give the text back. */
    public String[] words() {
        return text.split(" ");
    }
}
