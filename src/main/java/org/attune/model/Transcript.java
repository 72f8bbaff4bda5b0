package org.attune.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A session transcript as kept in a project: its turns, numbered from 1 without gaps, and where it
 * came from.
 *
 * @param name the name users refer to it by, unique in a project
 * @param sourceFile the name of the file it was imported from
 * @param sourceFormat the format of that file (txt, docx, vtt, srt, csv)
 * @param contentHash a hash of its speakers and words, identifying the same content in any format
 * @param importedAt when it was imported
 * @param session the dyad, session number and date
 * @param turns the turns, in order
 */
public record Transcript(
        String name,
        String sourceFile,
        String sourceFormat,
        String contentHash,
        Instant importedAt,
        SessionInfo session,
        List<Turn> turns) {

    public Transcript {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(sourceFormat, "sourceFormat");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(session, "session");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a transcript needs a name");
        }
        turns = List.copyOf(turns);
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).number() != i + 1) {
                throw new IllegalArgumentException("transcript " + name + ": turn at position " + (i + 1)
                        + " is numbered " + turns.get(i).number());
            }
        }
    }

    /** A turn by its number, from 1. */
    public Turn turn(int number) {
        if (number < 1 || number > turns.size()) {
            throw new IllegalArgumentException("transcript " + name + " has turns 1 to " + turns.size() + ", not " + number);
        }
        return turns.get(number - 1);
    }

    /** The text a span covers; the parts in different turns are joined by a line break. */
    public String text(Span span) {
        if (span.startTurn() == span.endTurn()) {
            return turn(span.startTurn()).text(span.startOffset(), span.endOffset());
        }
        StringBuilder out = new StringBuilder(turn(span.startTurn()).text(span.startOffset(), Integer.MAX_VALUE));
        for (int t = span.startTurn() + 1; t < span.endTurn(); t++) {
            out.append('\n').append(turn(t).text());
        }
        return out.append('\n').append(turn(span.endTurn()).text(0, span.endOffset())).toString();
    }
}
