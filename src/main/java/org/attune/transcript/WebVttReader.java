package org.attune.transcript;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads WebVTT captions as Microsoft Teams and Zoom write them: the speaker in a voice tag
 * ({@code <v Jane Doe>Hello</v>}) or as a {@code Jane Doe:} prefix. NOTE, STYLE and REGION blocks
 * are skipped; consecutive cues of one speaker become one turn.
 */
final class WebVttReader implements TranscriptReader {

    private static final Pattern HEADER = Pattern.compile("^WEBVTT(?:[ \\t].*)?$");
    private static final String EXAMPLE = "00:01:02.000 --> 00:01:05.000";
    private static final Pattern SKIPPED_BLOCK = Pattern.compile("^(NOTE|STYLE|REGION)(?:[ \\t].*)?$");
    private static final Pattern STARTS_WITH_TIME = Pattern.compile("^\\s*\\d{1,3}:\\d");

    @Override
    public List<String> read(String fileName, byte[] content, TurnSink sink) {
        TextDecoder.Decoded decoded = TextDecoder.decode(fileName, content);
        String text = decoded.text();
        int firstLineEnd = firstLineEnd(text);
        if (!HEADER.matcher(text.substring(0, firstLineEnd)).matches()) {
            throw new TranscriptFormatException(fileName, TranscriptFormatException.line(1),
                    "expected 'WEBVTT' at the start of a WebVTT file, found '"
                            + CueTiming.abbreviate(text.substring(0, firstLineEnd)) + "'");
        }
        CueAssembler cues = new CueAssembler(fileName, sink);
        TextBlocks.forEach(text, block -> {
            // The first block is the header (WEBVTT and any header lines such as X-TIMESTAMP-MAP).
            if (block.firstLine() > 1) {
                readBlock(fileName, block, cues);
            }
        });
        return ParsedTranscript.warnings(decoded.warning(),
                cues.finish("<v Name> voice tags or 'Name:' at the start of cues"));
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

    private static void readBlock(String fileName, TextBlocks.Block block, CueAssembler cues) {
        int timing;
        if (block.contains(0, "-->")) {
            timing = 0;
        } else if (block.size() > 1 && block.contains(1, "-->")) {
            timing = 1;
        } else if (isSkippedBlock(block.line(0))) {
            return;
        } else {
            // The timing is the first line, or the second after a cue identifier: blame the one that looks like a time.
            int bad = block.size() == 1 || STARTS_WITH_TIME.matcher(block.line(0)).find() ? 0 : 1;
            throw new TranscriptFormatException(fileName, TranscriptFormatException.line(block.lineNumber(bad)),
                    "expected a cue timing such as " + EXAMPLE + " (or a NOTE block), found '"
                            + CueTiming.abbreviate(block.line(bad)) + "'");
        }
        CueTiming time = block.timing(fileName, timing, EXAMPLE);
        addVoices(block.join(timing + 1, "\n"), time, block.lineNumber(timing), cues);
    }

    private static boolean isSkippedBlock(String firstLine) {
        return SKIPPED_BLOCK.matcher(firstLine).matches();
    }

    /**
     * Adds one cue per voice in the payload; a payload may hold several speakers. A voice tag is
     * {@code <v Name>} or {@code <v.class Name>}; read by hand, as every Teams cue has one.
     */
    private static void addVoices(String payload, CueTiming time, int line, CueAssembler cues) {
        int textStart = 0;
        String speaker = null;
        for (int at = payload.indexOf("<v"); at >= 0; at = payload.indexOf("<v", at + 2)) {
            char next = at + 2 < payload.length() ? payload.charAt(at + 2) : '>';
            int close = payload.indexOf('>', at);
            if (close < 0 || !(next == '.' || next == ' ' || next == '\t' || next == '>')) {
                continue;
            }
            addCue(speaker, payload.substring(textStart, at), time, line, cues);
            speaker = voiceName(payload.substring(at + 2, close));
            textStart = close + 1;
            at = close - 1;
        }
        addCue(speaker, payload.substring(textStart), time, line, cues);
    }

    /** The name in a voice tag's inside, {@code .loud Jane Doe} or {@code  Jane Doe}, or null. */
    private static String voiceName(String inside) {
        int space = 0;
        while (space < inside.length() && inside.charAt(space) != ' ' && inside.charAt(space) != '\t') {
            space++;
        }
        String name = CueText.clean(inside.substring(space));
        return name.isEmpty() ? null : SpeakerLabel.normalise(name);
    }

    private static void addCue(String speaker, String rawText, CueTiming time, int line, CueAssembler cues) {
        Cue.of(speaker, CueText.clean(rawText), time, line).ifPresent(cues::add);
    }
}
