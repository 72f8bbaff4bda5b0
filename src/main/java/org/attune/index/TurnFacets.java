package org.attune.index;

import static org.attune.index.CorpusFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.attune.model.Role;

/**
 * Counts the matching turns by code, role, speaker, transcript and coder, in the same pass over
 * the hits that collects them, segment by segment on the search threads. The counts come from
 * the doc values that sorting and the tables need anyway (transcript order, role, speaker, each
 * coder's codes), so a turn's document carries no facet fields of its own: Lucene's facet fields
 * repeated those values and made a third of the cost of building the index.
 *
 * <p>A turn counts once under a code however many coders gave it that code; with a coder
 * chosen, the code counts are that coder's.
 */
final class TurnFacets implements CollectorManager<TurnFacets.Counter, Map<String, Map<String, Long>>> {

    private static final Role[] ROLES = Role.values();

    private final String coder;

    /** @param coder the coder whose codes are counted, as written; null for everyone's */
    TurnFacets(String coder) {
        this.coder = coder;
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Map<String, Map<String, Long>> reduce(Collection<Counter> counters) {
        Map<String, Map<String, Long>> sums = new LinkedHashMap<>();
        for (String facet : SearchResult.FACETS) {
            sums.put(facet, new HashMap<>());
        }
        for (Counter counter : counters) {
            counter.counts.forEach((facet, counts) -> counts.forEach((label, n) -> sums.get(facet).merge(label, n, Long::sum)));
        }
        Map<String, Map<String, Long>> sorted = new LinkedHashMap<>();
        sums.forEach((facet, counts) -> sorted.put(facet, largestFirst(counts)));
        return sorted;
    }

    /** Counts, largest first, then by label. */
    private static Map<String, Long> largestFirst(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The counts of one slice of segments. */
    final class Counter implements Collector {

        private final Map<String, Map<String, Long>> counts = new HashMap<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return new SegmentCounts(context.reader());
        }

        private void add(String facet, String label, long n) {
            counts.computeIfAbsent(facet, f -> new HashMap<>()).merge(label, n, Long::sum);
        }

        /** Counts by ordinal within a segment; turned into labels when the segment is done. */
        private final class SegmentCounts implements LeafCollector {
            private final SortedDocValues order;
            private final NumericDocValues roles;
            private final SortedDocValues speakers;
            private final SortedSetDocValues codings;
            private final int[] byTranscript;
            private final long[] byRole = new long[ROLES.length];
            private final int[] bySpeaker;
            // Each coding ordinal's code and coder, numbered within the segment; -1 for a code of another coder.
            private final int[] codeOfOrd;
            private final int[] coderOfOrd;
            private final List<String> codes = new ArrayList<>();
            private final List<String> coders = new ArrayList<>();
            private final int[] byCode;
            private final int[] byCoder;
            private final int[] lastDocOfCode;

            SegmentCounts(LeafReader leaf) throws IOException {
                order = DocValues.getSorted(leaf, ORDER);
                roles = DocValues.getNumeric(leaf, ROLE_VALUE);
                speakers = DocValues.getSorted(leaf, SPEAKER_VALUE);
                codings = DocValues.getSortedSet(leaf, CODINGS_VALUES);
                byTranscript = new int[order.getValueCount()];
                bySpeaker = new int[speakers.getValueCount()];
                int ords = Math.toIntExact(codings.getValueCount());
                codeOfOrd = new int[ords];
                coderOfOrd = new int[ords];
                Map<String, Integer> codeNumbers = new HashMap<>();
                Map<String, Integer> coderNumbers = new HashMap<>();
                for (int ord = 0; ord < ords; ord++) {
                    String value = codings.lookupOrd(ord).utf8ToString();
                    int cut = value.indexOf(SEPARATOR);
                    String who = value.substring(0, cut);
                    coderOfOrd[ord] = number(coderNumbers, coders, who);
                    codeOfOrd[ord] = coder == null || coder.equals(who) ? number(codeNumbers, codes, value.substring(cut + 1)) : -1;
                }
                byCode = new int[codes.size()];
                byCoder = new int[coders.size()];
                lastDocOfCode = new int[codes.size()];
                Arrays.fill(lastDocOfCode, -1);
            }

            private static int number(Map<String, Integer> numbers, List<String> values, String value) {
                return numbers.computeIfAbsent(value, v -> {
                    values.add(v);
                    return values.size() - 1;
                });
            }

            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                if (order.advanceExact(doc)) {
                    byTranscript[order.ordValue()]++;
                }
                if (roles.advanceExact(doc)) {
                    byRole[(int) roles.longValue()]++;
                }
                if (speakers.advanceExact(doc)) {
                    bySpeaker[speakers.ordValue()]++;
                }
                if (codings.advanceExact(doc)) {
                    // Ordinals follow "coder SEPARATOR code", so one coder's codes come together.
                    int previousCoder = -1;
                    for (int i = codings.docValueCount(); i > 0; i--) {
                        int ord = (int) codings.nextOrd();
                        int who = coderOfOrd[ord];
                        if (who != previousCoder) {
                            byCoder[who]++;
                            previousCoder = who;
                        }
                        int code = codeOfOrd[ord];
                        if (code >= 0 && lastDocOfCode[code] != doc) {
                            lastDocOfCode[code] = doc;
                            byCode[code]++;
                        }
                    }
                }
            }

            @Override
            public void finish() throws IOException {
                for (int ord = 0; ord < byTranscript.length; ord++) {
                    if (byTranscript[ord] > 0) {
                        add("transcript", transcriptOf(order.lookupOrd(ord).utf8ToString()), byTranscript[ord]);
                    }
                }
                for (int role = 0; role < byRole.length; role++) {
                    if (byRole[role] > 0) {
                        add("role", ROLES[role].label(), byRole[role]);
                    }
                }
                for (int ord = 0; ord < bySpeaker.length; ord++) {
                    if (bySpeaker[ord] > 0) {
                        add("speaker", speakers.lookupOrd(ord).utf8ToString(), bySpeaker[ord]);
                    }
                }
                for (int i = 0; i < byCode.length; i++) {
                    if (byCode[i] > 0) {
                        add("code", codes.get(i), byCode[i]);
                    }
                }
                for (int i = 0; i < byCoder.length; i++) {
                    if (byCoder[i] > 0) {
                        add("coder", coders.get(i), byCoder[i]);
                    }
                }
            }
        }
    }
}
