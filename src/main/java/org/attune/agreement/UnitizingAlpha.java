package org.attune.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * Krippendorff's alpha for unitizing (alpha_u, Krippendorff 2004): how well coders agree on where
 * segments of each category begin and end along a continuum, such as a transcript's text in code
 * points. Computed by DKPro Agreement, which implements the measure and tests it on Krippendorff's
 * example; this is the adapter from Attune's segments.
 */
public final class UnitizingAlpha {

    /** One coder's segment: where it starts, how long it is, and its category (a code's id). */
    public record Segment(int coder, long offset, long length, String category) {
        public Segment {
            if (length <= 0 || offset < 0) {
                throw new IllegalArgumentException("a segment has a start from 0 and a length above 0: " + offset + "+" + length);
            }
        }
    }

    /**
     * Alpha_u per category and overall.
     *
     * @param overall the alpha over all categories together
     * @param byCategory each category's alpha, NaN where undefined
     */
    public record Result(double overall, Map<String, Double> byCategory) {
    }

    private UnitizingAlpha() {
    }

    /**
     * @param coders how many coders
     * @param begin where the continuum begins
     * @param length how long it is
     */
    public static Result of(int coders, long begin, long length, List<Segment> segments) {
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(coders, begin, length);
        Map<String, Double> byCategory = new LinkedHashMap<>();
        for (Segment s : segments) {
            if (s.coder() < 0 || s.coder() >= coders) {
                throw new IllegalArgumentException("no coder " + s.coder() + " of " + coders);
            }
            if (s.offset() < begin || s.offset() + s.length() > begin + length) {
                throw new IllegalArgumentException("segment " + s + " lies outside the continuum " + begin + "+" + length);
            }
            study.addUnit(s.offset(), s.length(), s.coder(), s.category());
            byCategory.putIfAbsent(s.category(), null);
        }
        KrippendorffAlphaUnitizingAgreement alpha = new KrippendorffAlphaUnitizingAgreement(study);
        byCategory.replaceAll((category, none) -> alpha.calculateCategoryAgreement(category));
        return new Result(alpha.calculateAgreement(), byCategory);
    }
}
