package org.attune.ui;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.model.Code;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.Transcript;

/**
 * What the window shows of the open project at one moment: an immutable snapshot that the
 * project's owner thread publishes after every change, and that painting and keys read on the
 * event thread without waiting for anything.
 *
 * @param version counts the snapshots, from 1
 * @param project the project file
 * @param coder who is coding
 * @param comparedWith whose stripes are shown beside the coder's, or null
 * @param transcript the open transcript, or null
 * @param codebook the project's codebook, or null when it has none yet
 * @param counts how many codings each code has that the coder may see
 * @param codings the codings of the open transcript the coder may see, by turn
 * @param blind whether the coder codes the open transcript blind (the others' codings hidden)
 * @param done whether the coder has marked the open transcript done
 * @param coders the project's coders, with the one coding
 * @param coded how many of the transcript's turns carry a coding of the coder's
 * @param disagreements when comparing, the turns where the two coders' codes differ
 * @param changedTurns the turns whose codings changed since the last snapshot, or null when more changed
 * @param undo what the next undo would take back, or null
 * @param redo what the next redo would do again, or null
 */
record SessionView(long version, Path project, String coder, String comparedWith, Transcript transcript, Codebook codebook,
                   Map<String, Long> counts, TurnCodings codings, boolean blind, boolean done, List<String> coders, int coded,
                   BitSet disagreements, BitSet changedTurns, String undo, String redo) {

    static SessionView empty(Path project, String coder) {
        return new SessionView(0, project, coder, null, null, null, Map.of(), TurnCodings.NONE, false, false, List.of(coder),
                0, new BitSet(), null, null, null);
    }

    Optional<Transcript> openTranscript() {
        return Optional.ofNullable(transcript);
    }

    Optional<Codebook> codebookIfAny() {
        return Optional.ofNullable(codebook);
    }

    /** The coder's own codings on a turn. */
    List<Coding> mine(int turn) {
        return codings.on(turn, coder);
    }

    /** The compared coder's codings on a turn; none when not comparing. */
    List<Coding> theirs(int turn) {
        return comparedWith == null ? List.of() : codings.on(turn, comparedWith);
    }

    int turns() {
        return transcript == null ? 0 : transcript.turns().size();
    }

    long codingsOf(String codeId) {
        return counts.getOrDefault(codeId, 0L);
    }

    Optional<Code> code(String codeId) {
        return codebook == null ? Optional.empty() : codebook.code(codeId);
    }

    /** A code's name, or its id when the codebook has no such code. */
    String name(String codeId) {
        return code(codeId).map(Code::name).orElse(codeId);
    }

    boolean disagrees(int turn) {
        return comparedWith != null && disagreements.get(turn);
    }
}
