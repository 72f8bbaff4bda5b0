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

    /**
     * The bootstrap's samples when intervals are asked for without a number: the window's always,
     * the command line's with a bare {@code bootstrap} option. Kept here once, so both faces agree.
     */
    public static final int DEFAULT_BOOTSTRAP = 1000;

    /**
     * The bootstrap's seed unless another is asked for: the same data give the same intervals in
     * the window and on the command line.
     */
    public static final long DEFAULT_SEED = 20240601L;

    /** With 95% intervals from the default number of samples and the default seed. */
    public static AgreementRequest withIntervals(List<String> coders, List<String> transcripts, List<String> dyads,
                                                 List<String> subjects, boolean byTranscript, boolean onlyDone) {
        return new AgreementRequest(coders, transcripts, dyads, subjects, DEFAULT_BOOTSTRAP, DEFAULT_SEED, byTranscript, onlyDone);
    }

    /** Without intervals (a consensus, spans as units), counting the transcripts every coder has started. */
    public static AgreementRequest withoutIntervals(List<String> coders, List<String> transcripts, List<String> dyads,
                                                    List<String> subjects) {
        return new AgreementRequest(coders, transcripts, dyads, subjects, 0, DEFAULT_SEED, false, false);
    }

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
