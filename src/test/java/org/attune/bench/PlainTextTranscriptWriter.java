package org.attune.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code [00:01:23] Therapist: text}, a turn a line with blank lines between, under a title, as transcribers type them. */
final class PlainTextTranscriptWriter implements TranscriptFileWriter {

    @Override
    public String format() {
        return "txt";
    }

    @Override
    public void write(List<GeneratedTurn> turns, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Session 1 – generated for the import benchmark\n");
            out.write("Transcribed by a program\n");
            for (GeneratedTurn turn : turns) {
                out.write("\n[" + ClockTime.seconds(turn.startMs()) + "] " + turn.speaker() + ": " + turn.text() + "\n");
            }
        }
    }

    @Override
    public Long startMs(GeneratedTurn turn) {
        return turn.startMs() / 1000 * 1000;
    }

    @Override
    public Long endMs(GeneratedTurn turn) {
        return null;
    }
}
