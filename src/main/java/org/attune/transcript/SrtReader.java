package org.attune.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads SubRip subtitles: numbered cues, a timing line with comma decimals, text that names the
 * speaker with a {@code Name:} prefix when it changes. Consecutive cues of one speaker become one
 * turn. CRLF line ends and a UTF-8 byte order mark are common and read as usual.
 */
final class SrtReader implements TranscriptReader {

    private static final String EXAMPLE = "00:01:02,000 --> 00:01:05,000";
    private static final Pattern CUE_NUMBER = Pattern.compile("\\s*\\d+\\s*");

    @Override
    public ParsedTranscript read(String fileName, byte[] content) {
        TextDecoder.Decoded decoded = TextDecoder.decode(fileName, content);
        List<Cue> cues = new ArrayList<>();
        TextBlocks.forEach(decoded.text(), block -> readBlock(fileName, block, cues));
        return CueAssembler.assemble(fileName, cues, "'Name:' at the start of cues")
                .withEarlierWarning(decoded.warning());
    }

    private static void readBlock(String fileName, TextBlocks.Block block, List<Cue> cues) {
        List<String> lines = block.lines();
        int timing;
        if (CUE_NUMBER.matcher(lines.get(0)).matches()) {
            timing = 1;
        } else if (CueTiming.looksLikeTiming(lines.get(0))) {
            timing = 0; // a cue without its number: lenient, as many tools write them
        } else {
            throw new TranscriptFormatException(fileName, TranscriptFormatException.line(block.firstLine()),
                    "expected a cue number, found '" + CueTiming.abbreviate(lines.get(0)) + "'");
        }
        if (timing >= lines.size()) {
            throw new TranscriptFormatException(fileName, TranscriptFormatException.line(block.lineNumber(timing)),
                    "expected a cue timing such as " + EXAMPLE + " after cue number " + lines.get(0).strip());
        }
        int timingLine = block.lineNumber(timing);
        CueTiming time = CueTiming.parse(fileName, timingLine, lines.get(timing), EXAMPLE);
        String text = CueText.clean(String.join(" ", lines.subList(timing + 1, lines.size())));
        Cue.of(null, text, time, timingLine).ifPresent(cues::add);
    }
}
