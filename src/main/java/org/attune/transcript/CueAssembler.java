package org.attune.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds turns from subtitle cues, one cue at a time. Captioning splits speech into cues of a few
 * seconds, so consecutive cues of one speaker are one turn: it starts with the first cue and ends
 * with the last. A cue that names no speaker belongs to the speaker before it; cues before the
 * first named speaker go to {@value #UNKNOWN_SPEAKER}.
 */
final class CueAssembler {

    static final String UNKNOWN_SPEAKER = "Unknown";

    private final String fileName;
    private final TranscriptReader.TurnSink sink;
    private final StringBuilder text = new StringBuilder();
    private String speaker;
    private Cue first;
    private Cue last;
    private boolean named;
    private int unnamed;
    private int firstUnnamedLine;
    private int cues;

    CueAssembler(String fileName, TranscriptReader.TurnSink sink) {
        this.fileName = fileName;
        this.sink = sink;
    }

    void add(Cue cue) {
        cues++;
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
            emit();
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

    /**
     * Hands over the last turn and returns the warnings.
     *
     * @param expectedLabels how this format names speakers, for the message when none is named
     */
    List<String> finish(String expectedLabels) {
        if (!named) {
            throw new TranscriptFormatException(fileName, null, cues == 0
                    ? "no cues found: expected cues with a timing line such as 00:01:02.000 --> 00:01:05.000"
                    : "no speakers named: expected " + expectedLabels);
        }
        if (first != null) {
            emit();
        }
        List<String> warnings = new ArrayList<>();
        if (unnamed > 0) {
            warnings.add(fileName + ", line " + firstUnnamedLine + ": " + unnamed + (unnamed == 1 ? " cue" : " cues")
                    + " before the first named speaker went to speaker '" + UNKNOWN_SPEAKER + "'");
        }
        return warnings;
    }

    private void emit() {
        sink.accept(new Utterance(speaker, first.startMs(), Math.max(first.endMs(), last.endMs()), text.toString(), null,
                first.line()));
        text.setLength(0);
        first = null;
    }
}
