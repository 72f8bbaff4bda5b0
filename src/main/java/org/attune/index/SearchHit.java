package org.attune.index;

import java.math.BigDecimal;
import java.util.List;

/**
 * A turn that matches a query.
 *
 * @param transcript the transcript's name
 * @param turn the turn's number, from 1
 * @param speaker who speaks it
 * @param role their role's label
 * @param startMs when it starts, or null
 * @param endMs when it ends, or null
 * @param text the whole turn
 * @param fragment the part of it around the matches, marked
 * @param codes the ids of the codes on it, in codebook order: every coder's, or the searched coder's
 * @param codings who gave it which code, with the value of a scale code: every coder's, or the searched coder's
 * @param score the relevance score, or NaN in transcript order
 */
public record SearchHit(String transcript, int turn, String speaker, String role, Long startMs, Long endMs,
                        String text, Fragment fragment, List<String> codes, List<Coded> codings, float score) {

    /** One coder's code on the turn; {@code value} is null for a flag. */
    public record Coded(String coder, String code, BigDecimal value) {
    }

    public SearchHit {
        codes = List.copyOf(codes);
        codings = List.copyOf(codings);
    }
}
