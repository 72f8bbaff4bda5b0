package org.attune.transcript;

import org.attune.io.XmlText;

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

    /**
     * Control characters are settled here, for every reader, as every export settles them: a page
     * or line feed of another kind (a form feed from pdftotext) is a line break, and what XML cannot
     * hold (ESC and the like) is U+FFFD. So a transcript's text is the same in the project and in a
     * .qdpx pack of it, and the pack merges back.
     */
    public Utterance {
        speaker = speaker == null ? null : XmlText.cleanInput(speaker);
        text = text == null ? null : XmlText.cleanInput(text);
    }
}
