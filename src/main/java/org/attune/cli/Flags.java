package org.attune.cli;

import org.attune.workbench.CodingsAtStakeException;
import org.attune.workbench.Input;
import org.attune.workbench.InputException;

/**
 * The core's typed problems in the command line's words: the flag that gives an input, and
 * "--force" where a codebook change would delete codings. The core itself names no flag.
 */
final class Flags {

    private Flags() {
    }

    /** The flag that gives an input. */
    static String of(Input input) {
        return switch (input) {
            case FORMAT -> "--format";
            case THERAPISTS -> "--therapist";
            case CLIENTS -> "--client";
            case DYAD -> "--dyad";
            case SESSION -> "--session";
            case DATE -> "--date";
            case TRANSCRIPT_NAME -> "--name";
            case FILES -> "FILE";
            case CODERS -> "--coders";
            case TRANSCRIPTS -> "--transcripts (or --dyads)";
            case OVERLAP -> "--overlap";
            case BOOTSTRAP -> "--bootstrap";
            case LEVEL -> "--level";
            case CONSENSUS_CODER -> "--into";
            case DECIDED_BY -> "--by";
        };
    }

    /** A problem of the core as the command line says it: with its flag, or with what --force would do. */
    static String words(RuntimeException e) {
        if (e instanceof InputException input) {
            return of(input.input()) + ": " + input.problem();
        }
        if (e instanceof CodingsAtStakeException refusal) {
            return refusal.statement() + switch (refusal.kind()) {
                case CHANGE_WOULD_BREAK -> "; keep those codes, or use --force to delete those codings";
                case MERGE_WOULD_BREAK -> "; use --force to delete those";
                case CODE_HAS_CODINGS -> ": merge it into another code (attune codebook merge), or delete it with its codings with --force";
            };
        }
        return e.getMessage();
    }
}
