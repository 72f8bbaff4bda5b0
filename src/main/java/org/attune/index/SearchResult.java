package org.attune.index;

import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param total how many turns match, all of them
 * @param hits the first of them, as many as asked for
 * @param facets when asked for, the matching turns counted by "code", "role", "speaker",
 *     "transcript" and "coder", each a map from value to count, largest first; else empty
 * @param kwic when asked for, every match in the hits in its context, and one line without a
 *     keyword for each hit the query found by no word; else empty
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets, List<KwicLine> kwic) {

    /** The facet names, in the order they are shown. */
    public static final List<String> FACETS = List.of("code", "role", "speaker", "transcript", "coder");
}
