package org.attune.workbench;

import java.util.List;
import java.util.Map;
import org.attune.workbench.RoundProgress.Stage;

/**
 * Where each coder of a project stands on each of its transcripts, rounds or not: what the
 * window's project tree shows beside every session.
 *
 * @param coders the project's coders, by name
 * @param stages transcript name to coder to stage; a coder missing for a transcript has not started it, or,
 *     as a blind coder sees it ({@link CoderView#coderProgress}), is not shown there
 */
public record CoderProgress(List<String> coders, Map<String, Map<String, Stage>> stages) {

    public CoderProgress {
        coders = List.copyOf(coders);
        stages = Map.copyOf(stages);
    }

    /** The coders whose stage on a transcript is shown, in the order of {@link #coders}. */
    public List<String> codersOf(String transcript) {
        Map<String, Stage> of = stages.getOrDefault(transcript, Map.of());
        return coders.stream().filter(of::containsKey).toList();
    }

    /** How far a coder is with a transcript. */
    public Stage stage(String transcript, String coder) {
        return stages.getOrDefault(transcript, Map.of()).getOrDefault(coder, Stage.NOT_STARTED);
    }
}
