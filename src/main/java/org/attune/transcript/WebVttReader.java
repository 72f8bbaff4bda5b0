package org.attune.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads WebVTT captions as Microsoft Teams and Zoom write them: the speaker in a voice tag
 * ({@code <v Jane Doe>Hello</v>}) or as a {@code Jane Doe:} prefix. NOTE, STYLE and REGION blocks
 * are skipped; consecutive cues of one speaker become one turn.
 */
final class WebVttReader implements TranscriptReader {

    private static final Pattern HEADER = Pattern.compile("^WEBVTT(?:[ \\t].*)?$");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)*(?:[ \\t]+([^>]*))?>");
    private static final String EXAMPLE = "00:01:02.000 --> 00:01:05.000";
    private static final Pattern SKIPPED_BLOCK = Pattern.compile("^(NOTE|STYLE|REGION)(?:[ \\t].*)?$");
    private static final Pattern STARTS_WITH_TIME = Pattern.compile("^\\s*\\d{1,3}:\\d");

    @Override
    public ParsedTranscript read(String fileName, byte[] content) {
        TextDecoder.Decoded decoded = TextDecoder.decode(fileName, content);
        String text = decoded.text();
        int firstLineEnd = firstLineEnd(text);
        if (!HEADER.matcher(text.substring(0, firstLineEnd)).matches()) {
            throw new TranscriptFormatException(fileName, TranscriptFormatException.line(1),
                    "expected 'WEBVTT' at the start of a WebVTT file, found '"
                            + CueTiming.abbreviate(text.substring(0, firstLineEnd)) + "'");
        }
        List<Cue> cues = new ArrayList<>();
        TextBlocks.forEach(text, block -> {
            // The first block is the header (WEBVTT and any header lines such as X-TIMESTAMP-MAP).
            if (block.firstLine() > 1) {
                readBlock(fileName, block, cues);
            }
        });
        return CueAssembler.assemble(fileName, cues, "<v Name> voice tags or 'Name:' at the start of cues")
                .withEarlierWarning(decoded.warning());
    }

    private static int firstLineEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u000B') {
                return i;
            }
        }
        return text.length();
    }

    private static void readBlock(String fileName, TextBlocks.Block block, List<Cue> cues) {
        List<String> lines = block.lines();
        int timing;
        if (CueTiming.looksLikeTiming(lines.get(0))) {
            timing = 0;
        } else if (lines.size() > 1 && CueTiming.looksLikeTiming(lines.get(1))) {
            timing = 1;
        } else if (isSkippedBlock(lines.get(0))) {
            return;
        } else {
            // The timing is the first line, or the second after a cue identifier: blame the one that looks like a time.
            int bad = lines.size() == 1 || STARTS_WITH_TIME.matcher(lines.get(0)).find() ? 0 : 1;
            throw new TranscriptFormatException(fileName, TranscriptFormatException.line(block.lineNumber(bad)),
                    "expected a cue timing such as " + EXAMPLE + " (or a NOTE block), found '"
                            + CueTiming.abbreviate(lines.get(bad)) + "'");
        }
        int timingLine = block.lineNumber(timing);
        CueTiming time = CueTiming.parse(fileName, timingLine, lines.get(timing), EXAMPLE);
        String payload = String.join("\n", lines.subList(timing + 1, lines.size()));
        addVoices(payload, time, timingLine, cues);
    }

    private static boolean isSkippedBlock(String firstLine) {
        return SKIPPED_BLOCK.matcher(firstLine).matches();
    }

    /** Adds one cue per voice in the payload; a payload may hold several speakers. */
    private static void addVoices(String payload, CueTiming time, int line, List<Cue> cues) {
        if (!payload.contains("<v")) {
            addCue(null, payload, time, line, cues);
            return;
        }
        Matcher voice = VOICE.matcher(payload);
        int textStart = 0;
        String speaker = null;
        while (voice.find()) {
            addCue(speaker, payload.substring(textStart, voice.start()), time, line, cues);
            speaker = voice.group(1) == null || voice.group(1).isBlank() ? null : SpeakerLabel.normalise(CueText.clean(voice.group(1)));
            textStart = voice.end();
        }
        addCue(speaker, payload.substring(textStart), time, line, cues);
    }

    private static void addCue(String speaker, String rawText, CueTiming time, int line, List<Cue> cues) {
        Cue.of(speaker, CueText.clean(rawText), time, line).ifPresent(cues::add);
    }
}
