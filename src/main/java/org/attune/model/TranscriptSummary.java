package org.attune.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A transcript without its turns: what lists of transcripts show.
 *
 * @param name the transcript's name, unique in its project
 * @param sourceFile the file it was imported from
 * @param sourceFormat that file's format
 * @param contentHash see {@link Transcript#contentHash()}
 * @param importedAt when it was imported
 * @param session dyad, session number and date
 * @param turnCount how many turns it has
 */
public record TranscriptSummary(String name, String sourceFile, String sourceFormat, String contentHash,
                                Instant importedAt, SessionInfo session, int turnCount) {

    public TranscriptSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(session, "session");
    }

    public static TranscriptSummary of(Transcript transcript) {
        return new TranscriptSummary(transcript.name(), transcript.sourceFile(), transcript.sourceFormat(),
                transcript.contentHash(), transcript.importedAt(), transcript.session(), transcript.turns().size());
    }
}
