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
 * @param visible whose codings the query, the hits' codes and the facets may see (a blind coder sees only theirs)
 */
public record SearchRequest(String query, String coder, int limit, ResultOrder order, boolean facets, boolean kwic,
                            Visibility visible) {

    /** A search that sees every coder's codings. */
    public SearchRequest(String query, String coder, int limit, ResultOrder order, boolean facets, boolean kwic) {
        this(query, coder, limit, order, facets, kwic, Visibility.EVERYONE);
    }

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(visible, "visible");
        if (limit < 0) {
            throw new IllegalArgumentException("a limit cannot be negative, got " + limit);
        }
        if (coder != null && coder.isBlank()) {
            coder = null;
        }
    }

    /** The same search, seeing only what {@code visible} lets it. */
    public SearchRequest seeing(Visibility visible) {
        return new SearchRequest(query, coder, limit, order, facets, kwic, visible);
    }

    /** The first {@code limit} hits in transcript order, with facets. */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, null, limit, ResultOrder.TRANSCRIPT, true, false);
    }
}
