package org.attune.workbench;

import java.util.List;
import org.attune.model.AttuneException;

/**
 * A codebook change refused because it would delete codings, as a value: what kind of change,
 * the codings at stake code by code, and the core's statement of it. Forcing the change deletes
 * them; each face offers that in its own way (the command line a flag, the window a button with
 * the list), so the message names neither.
 */
public final class CodingsAtStakeException extends AttuneException {

    /** Why the codings are at stake. */
    public enum Kind {
        /** A new, moved or restored codebook would orphan them or break its rules. */
        CHANGE_WOULD_BREAK,
        /** The codings a merge moves would break the rules of the code they move to. */
        MERGE_WOULD_BREAK,
        /** A code to delete has codings. */
        CODE_HAS_CODINGS
    }

    /**
     * The codings of one code at stake.
     *
     * @param code the code's id
     * @param count how many codings
     * @param coders whose, by name
     * @param reason why they are at stake ("there is no code 'x' in the codebook"), or "" when the code goes
     */
    public record CodeCodings(String code, int count, List<String> coders, String reason) {

        public CodeCodings {
            coders = List.copyOf(coders);
        }
    }

    private final Kind kind;
    private final String statement;
    private final List<CodeCodings> codings;

    CodingsAtStakeException(Kind kind, String statement, List<CodeCodings> codings) {
        super(statement + switch (kind) {
            case CHANGE_WOULD_BREAK -> "; keep those codes, or make the change anyway, which deletes those codings";
            case MERGE_WOULD_BREAK -> "; merging anyway deletes those";
            case CODE_HAS_CODINGS -> ": merge it into another code, or delete it with its codings";
        });
        this.kind = kind;
        this.statement = statement;
        this.codings = List.copyOf(codings);
    }

    public Kind kind() {
        return kind;
    }

    /** What would happen, without a way out: "the new codebook would orphan or break 1 coding: 'metaphor' 1 (anna; ...)". */
    public String statement() {
        return statement;
    }

    /** The codings at stake, code by code. */
    public List<CodeCodings> codings() {
        return codings;
    }

    /** How many codings are at stake in all. */
    public int count() {
        return codings.stream().mapToInt(CodeCodings::count).sum();
    }
}
