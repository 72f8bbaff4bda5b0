package org.attune.transcript;

import java.util.List;

/**
 * Reads SubRip subtitles: numbered cues, a timing line with comma decimals, text that names the
 * speaker with a {@code Name:} prefix when it changes. Consecutive cues of one speaker become one
 * turn. CRLF line ends and a UTF-8 byte order mark are common and read as usual.
 */
final class SrtReader implements TranscriptReader {

    private static final String EXAMPLE = "00:01:02,000 --> 00:01:05,000";

    @Override
    public List<String> read(String fileName, byte[] content, TurnSink sink) {
        TextDecoder.Decoded decoded = TextDecoder.decode(fileName, content);
        CueAssembler cues = new CueAssembler(fileName, sink);
        TextBlocks.forEach(decoded.text(), block -> readBlock(fileName, block, cues));
        return ParsedTranscript.warnings(decoded.warning(), cues.finish("'Name:' at the start of cues"));
    }

    private static void readBlock(String fileName, TextBlocks.Block block, CueAssembler cues) {
        int timing;
        if (block.isNumber(0)) {
            timing = 1;
        } else if (block.contains(0, "-->")) {
            timing = 0; // a cue without its number: lenient, as many tools write them
        } else {
            throw new TranscriptFormatException(fileName, TranscriptFormatException.line(block.firstLine()),
                    "expected a cue number, found '" + CueTiming.abbreviate(block.line(0)) + "'");
        }
        if (timing >= block.size()) {
            throw new TranscriptFormatException(fileName, TranscriptFormatException.line(block.lineNumber(timing)),
                    "expected a cue timing such as " + EXAMPLE + " after cue number " + block.line(0).strip());
        }
        CueTiming time = block.timing(fileName, timing, EXAMPLE);
        Cue.of(null, CueText.clean(block.join(timing + 1, " ")), time, block.lineNumber(timing)).ifPresent(cues::add);
    }
}
