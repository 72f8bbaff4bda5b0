package org.attune.transcript;

import java.util.Optional;
import java.util.regex.Matcher;

/**
 * One subtitle cue of a WebVTT or SRT file.
 *
 * @param speaker the speaker named in the cue, or null when it names none (the speaker goes on)
 * @param startMs start time
 * @param endMs end time
 * @param text the cue's words, markup removed
 * @param line the line of the cue's timing, for messages
 */
record Cue(String speaker, long startMs, long endMs, String text, int line) {

    /**
     * A cue from its cleaned text; when no speaker is given, a {@code Name:} prefix of the text
     * names one. Empty when no words are left.
     */
    static Optional<Cue> of(String speaker, String text, CueTiming time, int line) {
        String words = text;
        String named = speaker;
        if (named == null && SpeakerLabel.mayStartWithLabel(words)) {
            Matcher prefix = SpeakerLabel.PREFIX.matcher(words);
            if (prefix.matches() && SpeakerLabel.plausible(prefix.group(1))) {
                named = SpeakerLabel.normalise(prefix.group(1));
                words = prefix.group(2).strip();
            }
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(new Cue(named, time.startMs(), time.endMs(), words, line));
    }
}
