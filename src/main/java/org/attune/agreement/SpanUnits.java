package org.attune.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.model.Coding;

/**
 * Spans as units (unitizing): every transcript's text laid end to end as one continuum of code
 * points, each coding a segment of it with its code as category. Gives Krippendorff's alpha_u per
 * code and overall, and a simpler overlap match for each pair of coders: two segments of one code
 * match when they overlap by at least a set share of the longer one. Transcripts count only when
 * every compared coder has coded something in them, as for turns.
 */
public final class SpanUnits {

    /** The rules, in a sentence each, for reports. */
    public static final List<String> RULES = List.of(
            "unit: the span of text a coding covers, in code points, along all counted transcripts laid end to end",
            "a transcript counts only when every compared coder has coded something in it",
            "alpha_u (Krippendorff 2004) per code and over all codes",
            "overlap match: two coders' segments of one code match when their overlap is at least the given share of the "
                    + "longer; each segment matches at most once");

    private final List<String> coders;
    private final Map<String, Integer> coderIndex = new HashMap<>();
    private final Set<String> codes;
    private final List<UnitizingAlpha.Segment> segments = new ArrayList<>();
    private final List<String> counted = new ArrayList<>();
    private long length;

    /** @param codes the codes compared; empty for all */
    public SpanUnits(List<String> coders, Set<String> codes) {
        if (coders.size() < 2) {
            throw new IllegalArgumentException("agreement compares two coders or more, got " + coders);
        }
        this.coders = List.copyOf(coders);
        for (int c = 0; c < coders.size(); c++) {
            coderIndex.put(coders.get(c), c);
        }
        this.codes = Set.copyOf(codes);
    }

    /**
     * Adds a transcript: its turns' lengths in code points (turn 1 first) and its codings by any
     * coders. Returns whether it counted.
     */
    public boolean add(String transcript, int[] turnLengths, List<Coding> codings) {
        boolean[] started = new boolean[coders.size()];
        codings.forEach(c -> {
            Integer i = coderIndex.get(c.coder());
            if (i != null) {
                started[i] = true;
            }
        });
        for (boolean s : started) {
            if (!s) {
                return false;
            }
        }
        long[] turnStart = new long[turnLengths.length + 2];
        for (int t = 1; t <= turnLengths.length; t++) {
            turnStart[t + 1] = turnStart[t] + turnLengths[t - 1];
        }
        for (Coding c : codings) {
            Integer i = coderIndex.get(c.coder());
            if (i == null || (!codes.isEmpty() && !codes.contains(c.codeId()))) {
                continue;
            }
            int startTurn = Math.max(1, Math.min(turnLengths.length, c.span().startTurn()));
            int endTurn = Math.max(1, Math.min(turnLengths.length, c.span().endTurn()));
            long from = length + turnStart[startTurn] + Math.min(c.span().startOffset(), turnLengths[startTurn - 1]);
            long to = length + turnStart[endTurn] + Math.min(c.span().endOffset(), turnLengths[endTurn - 1]);
            if (to > from) {
                segments.add(new UnitizingAlpha.Segment(i, from, to - from, c.codeId()));
            }
        }
        length += turnStart[turnLengths.length + 1];
        counted.add(transcript);
        return true;
    }

    public List<String> counted() {
        return counted.stream().sorted().toList();
    }

    /** Alpha_u over the continuum so far; NaN where undefined. */
    public UnitizingAlpha.Result alpha() {
        if (segments.isEmpty() || length == 0) {
            return new UnitizingAlpha.Result(Double.NaN, Map.of());
        }
        return UnitizingAlpha.of(coders.size(), 0, length, segments);
    }

    /** How two coders' segments of one code match. */
    public record Overlap(long matched, long onlyFirst, long onlySecond) {
        /** Matched segments among all the pair's segments of the code, counting a match once. */
        public double percentAgreement() {
            long all = matched + onlyFirst + onlySecond;
            return all == 0 ? Double.NaN : (double) matched / all;
        }
    }

    /**
     * The overlap match of a pair of coders.
     *
     * @param byCode each code's matches
     * @param percentAgreement over all codes: matched segments among all
     * @param kappa Cohen's kappa over all codes, each segment a unit rated with its code or "none" by each coder
     */
    public record PairOverlap(String first, String second, Map<String, Overlap> byCode, double percentAgreement, double kappa) {
    }

    /** The overlap match of every pair of coders, with segments matching at the given share. */
    public List<PairOverlap> overlaps(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("the overlap share is above 0 and at most 1, got " + share);
        }
        List<PairOverlap> out = new ArrayList<>();
        for (int a = 0; a < coders.size(); a++) {
            for (int b = a + 1; b < coders.size(); b++) {
                out.add(overlap(a, b, share));
            }
        }
        return out;
    }

    private PairOverlap overlap(int a, int b, double share) {
        Map<String, List<UnitizingAlpha.Segment>> ofA = new LinkedHashMap<>();
        Map<String, List<UnitizingAlpha.Segment>> ofB = new LinkedHashMap<>();
        for (UnitizingAlpha.Segment s : segments) {
            if (s.coder() == a) {
                ofA.computeIfAbsent(s.category(), k -> new ArrayList<>()).add(s);
            } else if (s.coder() == b) {
                ofB.computeIfAbsent(s.category(), k -> new ArrayList<>()).add(s);
            }
        }
        Set<String> all = new java.util.TreeSet<>(ofA.keySet());
        all.addAll(ofB.keySet());
        List<String> categories = new ArrayList<>(all);
        categories.add("none");
        RatingTable.Builder units = RatingTable.builder(List.of(coders.get(a), coders.get(b)), categories);
        int none = categories.size() - 1;
        Map<String, Overlap> byCode = new LinkedHashMap<>();
        long matchedAll = 0;
        long segmentsAll = 0;
        for (String code : all) {
            List<UnitizingAlpha.Segment> first = ofA.getOrDefault(code, List.of());
            List<UnitizingAlpha.Segment> second = ofB.getOrDefault(code, List.of());
            boolean[] used = new boolean[second.size()];
            long matched = 0;
            for (UnitizingAlpha.Segment s : first) {
                for (int j = 0; j < second.size(); j++) {
                    UnitizingAlpha.Segment t = second.get(j);
                    long overlap = Math.min(s.offset() + s.length(), t.offset() + t.length()) - Math.max(s.offset(), t.offset());
                    if (!used[j] && overlap > 0 && overlap >= share * Math.max(s.length(), t.length())) {
                        used[j] = true;
                        matched++;
                        break;
                    }
                }
            }
            long onlyFirst = first.size() - matched;
            long onlySecond = second.size() - matched;
            byCode.put(code, new Overlap(matched, onlyFirst, onlySecond));
            int k = categories.indexOf(code);
            units.add(matched, k, k).add(onlyFirst, k, none).add(onlySecond, none, k);
            matchedAll += matched;
            segmentsAll += matched + onlyFirst + onlySecond;
        }
        RatingTable table = units.build();
        return new PairOverlap(coders.get(a), coders.get(b), byCode,
                segmentsAll == 0 ? Double.NaN : (double) matchedAll / segmentsAll,
                TwoRater.cohenKappa(table, Weights.identity(table)));
    }
}
