package org.attune.agreement;

import java.util.List;

/**
 * Agreement with spans as units, with what reproduces it.
 *
 * @param coders the coders compared
 * @param codebookVersion the project's codebook version
 * @param rules which units count
 * @param share the overlap a match needs, as a share of the longer segment
 * @param transcripts the transcripts that counted
 * @param alpha Krippendorff's alpha_u per code and overall
 * @param overlaps the overlap match of each pair of coders
 */
public record SpanReport(List<String> coders, int codebookVersion, List<String> rules, double share, List<String> transcripts,
                         UnitizingAlpha.Result alpha, List<SpanUnits.PairOverlap> overlaps) {
}
