package org.attune.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * SubRip as captioning tools write it: a byte order mark, CRLF line ends, numbered cues of 7-14
 * words on at most two lines of about 42 characters, and a {@code Therapist: } prefix on the cue
 * where the speaker changes only.
 */
final class SrtTranscriptWriter implements TranscriptFileWriter {

    private static final int LINE_LENGTH = 42;
    private static final String CRLF = "\r\n";

    @Override
    public String format() {
        return "srt";
    }

    @Override
    public void write(List<GeneratedTurn> turns, Path file) throws IOException {
        Random random = new Random(SessionTranscriptGenerator.SEED);
        int number = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            for (GeneratedTurn turn : turns) {
                String[] words = turn.words();
                long duration = turn.endMs() - turn.startMs();
                int from = 0;
                while (from < words.length) {
                    int to = Math.min(words.length, from + 7 + random.nextInt(8));
                    long start = turn.startMs() + duration * from / words.length;
                    long end = turn.startMs() + duration * to / words.length;
                    String text = (from == 0 ? turn.speaker() + ": " : "") + String.join(" ", Arrays.copyOfRange(words, from, to));
                    out.write(++number + CRLF
                            + ClockTime.millis(start, ',') + " --> " + ClockTime.millis(end, ',') + CRLF
                            + wrapped(text) + CRLF + CRLF);
                    from = to;
                }
            }
        }
    }

    /** Two lines broken at the space nearest the middle when the text is longer than a caption line. */
    private static String wrapped(String text) {
        if (text.length() <= LINE_LENGTH) {
            return text;
        }
        int middle = text.length() / 2;
        int before = text.lastIndexOf(' ', middle);
        int after = text.indexOf(' ', middle);
        int at = before < 0 ? after : after < 0 ? before : middle - before <= after - middle ? before : after;
        return at < 0 ? text : text.substring(0, at) + CRLF + text.substring(at + 1);
    }
}
