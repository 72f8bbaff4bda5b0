package org.attune.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * WebVTT as Microsoft Teams writes it: a cue identifier of a GUID and a counter, the speaker in a
 * {@code <v Name>} voice tag, a long turn (60 words or more) split over two or three cues of the
 * same speaker.
 */
final class WebVttTranscriptWriter implements TranscriptFileWriter {

    @Override
    public String format() {
        return "vtt";
    }

    @Override
    public void write(List<GeneratedTurn> turns, Path file) throws IOException {
        Random random = new Random(SessionTranscriptGenerator.SEED);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("WEBVTT\n\nNOTE\nGenerated for the import benchmark\n");
            for (GeneratedTurn turn : turns) {
                String id = new UUID(random.nextLong(), random.nextLong()) + "/" + (turn.number() * 2 + 4);
                String[] words = turn.words();
                int cues = words.length >= 60 ? 2 + random.nextInt(2) : 1;
                long duration = turn.endMs() - turn.startMs();
                for (int c = 0; c < cues; c++) {
                    int from = words.length * c / cues;
                    int to = words.length * (c + 1) / cues;
                    long start = turn.startMs() + duration * from / words.length;
                    long end = turn.startMs() + duration * to / words.length;
                    out.write("\n" + id + "-" + c + "\n"
                            + ClockTime.millis(start, '.') + " --> " + ClockTime.millis(end, '.') + "\n"
                            + "<v " + turn.speaker() + ">" + String.join(" ", Arrays.copyOfRange(words, from, to)) + "</v>\n");
                }
            }
        }
    }
}
