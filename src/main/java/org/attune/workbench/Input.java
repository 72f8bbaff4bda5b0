package org.attune.workbench;

/**
 * What a user gives a use case: each a field of the window and an option of the command line.
 * An {@link InputException} names one, so each face can say where the problem is in its own terms.
 */
public enum Input {
    /** An import's transcript format. */
    FORMAT,
    /** The speaker names that are the therapist. */
    THERAPISTS,
    /** The speaker names that are the client. */
    CLIENTS,
    /** An import's dyad or client id. */
    DYAD,
    /** An import's session number. */
    SESSION,
    /** An import's session date. */
    DATE,
    /** The name of an imported transcript. */
    TRANSCRIPT_NAME,
    /** The files to import. */
    FILES,
    /** The coders compared, or of a round. */
    CODERS,
    /** The transcripts (or dyads) of a round. */
    TRANSCRIPTS,
    /** The share of overlap at which two segments match. */
    OVERLAP,
    /** The bootstrap's number of samples. */
    BOOTSTRAP,
    /** The level of measurement of ratings. */
    LEVEL,
    /** The consensus coder. */
    CONSENSUS_CODER,
    /** Who decided a disagreement. */
    DECIDED_BY
}
