package org.attune.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes a generated transcript in one of the formats Attune reads, as the tools that make such files do. */
public interface TranscriptFileWriter {

    /** Attune's label of the format, which is also the file's extension. */
    String format();

    void write(List<GeneratedTurn> turns, Path file) throws IOException;

    /** The start time Attune should read back: the format may keep whole seconds only. */
    default Long startMs(GeneratedTurn turn) {
        return turn.startMs();
    }

    /** The end time Attune should read back, or null when the format has none. */
    default Long endMs(GeneratedTurn turn) {
        return turn.endMs();
    }

    /** The writers of every format Attune reads. */
    static List<TranscriptFileWriter> all() {
        return List.of(new PlainTextTranscriptWriter(), new DocxTranscriptWriter(), new WebVttTranscriptWriter(),
                new SrtTranscriptWriter(), new CsvTranscriptWriter());
    }
}
