package org.attune.transcript;

import java.util.regex.Pattern;

/**
 * What a speaker label looks like at the start of a line: up to four words, each starting with a
 * capital letter or a digit ("Dr Lee", "Speaker 2", "Zoë", "THERAPIST", "Mary-Anne O'Brien"),
 * name particles allowed ("Ana de la Cruz"), or one of the lower-case role abbreviations.
 *
 * <p>The capital letters are what keep "and then she said: no" in the middle of a turn from
 * being read as a new speaker.
 */
final class SpeakerLabel {

    private static final String CAPITALISED_WORD = "[\\p{Lu}\\p{Lt}\\p{N}][\\p{L}\\p{M}\\p{N}'\u2019.\\-]*";
    private static final String PARTICLE = "(?:de|da|di|del|della|van|von|der|den|du|la|le|bin|ibn|al|el|y|dos|das|do|ten|ter)";
    private static final String LOWER_CASE_ROLE = "(?:t|th|ther|therapist|c|cl|client|p|pt|patient|counsel+or|interviewer)\\.?";

    /** A speaker label, for use inside patterns; it captures nothing. */
    static final String LABEL = "(?:" + CAPITALISED_WORD + "(?: (?:" + PARTICLE + " ){0,2}" + CAPITALISED_WORD + "){0,3}"
            + "|(?i:" + LOWER_CASE_ROLE + "))";

    /** {@code Speaker: text} at the start of a cue's text; group 1 is the speaker, group 2 the text. */
    static final Pattern PREFIX = Pattern.compile("^\\s*(" + LABEL + ")\\s*:\\s*(.*)$", Pattern.DOTALL);

    static final int MAX_LENGTH = 40;

    private SpeakerLabel() {
    }

    /** Whether a text can start with {@code Label:} at all: a colon close enough to the start. A cheap test before {@link #PREFIX}. */
    static boolean mayStartWithLabel(String text) {
        int colon = text.indexOf(':');
        return colon > 0 && colon <= MAX_LENGTH + 2;
    }

    /** A label as stored: trimmed, inner white space collapsed. */
    static String normalise(String label) {
        return Whitespace.collapse(label);
    }

    /** Whether a matched label can be a name: not too long, and not only digits (as "5" in "5:30 was late"). */
    static boolean plausible(String label) {
        return label.length() <= MAX_LENGTH && label.codePoints().anyMatch(Character::isLetter);
    }
}
