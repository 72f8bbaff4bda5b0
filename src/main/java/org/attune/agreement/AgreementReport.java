package org.attune.agreement;

import java.util.List;
import java.util.Map;

/**
 * An agreement report, with everything needed to reproduce its figures.
 *
 * @param unit "turn"
 * @param coders the coders compared, in order
 * @param codebookVersion the project's codebook version the codings were compared under
 * @param rules which units count and how uncoded text is treated
 * @param bootstrap bootstrap samples behind the intervals, 0 for none
 * @param seed the bootstrap's seed
 * @param transcripts the transcripts that counted
 * @param leftOut the transcripts left out, with the compared coders who had not coded them
 * @param lines one per code's presence, exclusive group, scale code's level, and the pooled line last
 * @param byTranscript when asked for, each counted transcript's lines on its own (no intervals), by name
 */
public record AgreementReport(String unit, List<String> coders, int codebookVersion, List<String> rules, int bootstrap,
                              long seed, List<String> transcripts, Map<String, List<String>> leftOut, List<AgreementLine> lines,
                              Map<String, List<AgreementLine>> byTranscript) {

    /** The lines of one kind of comparison. */
    public List<AgreementLine> lines(Comparison comparison) {
        return lines.stream().filter(l -> l.subject().comparison() == comparison).toList();
    }
}
