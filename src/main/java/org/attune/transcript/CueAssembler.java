package org.attune.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds turns from subtitle cues. Captioning splits speech into cues of a few seconds, so
 * consecutive cues of one speaker are one turn: it starts with the first cue and ends with the
 * last. A cue that names no speaker belongs to the speaker before it.
 */
final class CueAssembler {

    static final String UNKNOWN_SPEAKER = "Unknown";

    private CueAssembler() {
    }

    static ParsedTranscript assemble(String fileName, List<Cue> cues, String expectedLabels) {
        if (cues.stream().allMatch(cue -> cue.speaker() == null)) {
            throw new TranscriptFormatException(fileName, null, cues.isEmpty()
                    ? "no cues found: expected cues with a timing line such as 00:01:02.000 --> 00:01:05.000"
                    : "no speakers named: expected " + expectedLabels);
        }
        List<Utterance> turns = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String speaker = null;
        boolean named = false;
        int unnamed = 0;
        int firstUnnamedLine = 0;
        Cue first = null;
        Cue last = null;
        StringBuilder text = new StringBuilder();
        for (Cue cue : cues) {
            String cueSpeaker = cue.speaker();
            if (cueSpeaker != null) {
                named = true;
            } else {
                cueSpeaker = speaker == null ? UNKNOWN_SPEAKER : speaker;
                if (!named) {
                    unnamed++;
                    firstUnnamedLine = firstUnnamedLine == 0 ? cue.line() : firstUnnamedLine;
                }
            }
            if (!cueSpeaker.equals(speaker) && first != null) {
                turns.add(turn(speaker, first, last, text));
                text.setLength(0);
                first = null;
            }
            if (first == null) {
                first = cue;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(cue.text());
            last = cue;
            speaker = cueSpeaker;
        }
        if (first != null) {
            turns.add(turn(speaker, first, last, text));
        }
        if (unnamed > 0) {
            warnings.add(fileName + ", line " + firstUnnamedLine + ": " + unnamed + (unnamed == 1 ? " cue" : " cues")
                    + " before the first named speaker went to speaker '" + UNKNOWN_SPEAKER + "'");
        }
        return new ParsedTranscript(turns, warnings);
    }

    private static Utterance turn(String speaker, Cue first, Cue last, CharSequence text) {
        return new Utterance(speaker, first.startMs(), Math.max(first.endMs(), last.endMs()), text.toString(), null, first.line());
    }
}
