package org.attune.index;

import java.util.Objects;

/**
 * A search of the corpus.
 *
 * @param query the query, in Lucene's syntax over the corpus fields; blank finds every turn
 * @param coder whose codes code fields mean, or null for every coder's
 * @param limit how many hits to return at most (the total counts them all)
 * @param order how to order the hits
 * @param facets whether to count the hits by code, role, speaker, transcript and coder
 * @param kwic whether to return every match as a keyword-in-context line
 */
public record SearchRequest(String query, String coder, int limit, ResultOrder order, boolean facets, boolean kwic) {

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(order, "order");
        if (limit < 0) {
            throw new IllegalArgumentException("a limit cannot be negative, got " + limit);
        }
        if (coder != null && coder.isBlank()) {
            coder = null;
        }
    }

    /** The first {@code limit} hits in transcript order, with facets. */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, null, limit, ResultOrder.TRANSCRIPT, true, false);
    }
}
