package org.attune.workbench;

import java.util.List;

/**
 * What an agreement report compares.
 *
 * @param coders two or more coders' names
 * @param transcripts only these transcripts; empty for all
 * @param dyads only the transcripts of these dyads; empty for all
 * @param subjects only these codes and groups (ids); empty for all
 * @param bootstrap samples for 95% intervals; 0 for none
 * @param seed the bootstrap's seed
 * @param byTranscript also every line for each transcript on its own (without intervals)
 * @param onlyDone count only the transcripts every compared coder has marked done (otherwise those all have started)
 */
public record AgreementRequest(List<String> coders, List<String> transcripts, List<String> dyads, List<String> subjects,
                               int bootstrap, long seed, boolean byTranscript, boolean onlyDone) {

    /** Without the breakdown by transcript, counting the transcripts every coder has started. */
    public AgreementRequest(List<String> coders, List<String> transcripts, List<String> dyads, List<String> subjects,
                            int bootstrap, long seed) {
        this(coders, transcripts, dyads, subjects, bootstrap, seed, false, false);
    }

    public AgreementRequest {
        coders = List.copyOf(coders);
        transcripts = List.copyOf(transcripts);
        dyads = List.copyOf(dyads);
        subjects = List.copyOf(subjects);
    }
}
