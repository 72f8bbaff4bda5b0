package org.attune.index;

import static org.attune.index.CorpusFields.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
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
 * coder's codes), read as {@link SegmentColumns}, so a turn's document carries no facet fields
 * of its own: Lucene's facet fields repeated those values and made a sixth of the cost of
 * building the index.
 *
 * <p>A turn counts once under a code however many coders gave it that code; with a coder
 * chosen, the code counts are that coder's. On the transcripts a {@link Visibility} keeps blind,
 * only the viewer's codes and the viewer as a coder are counted.
 */
final class TurnFacets implements CollectorManager<TurnFacets.Counter, Map<String, Map<String, Long>>> {

    private static final Role[] ROLES = Role.values();

    private final String coder;
    private final Visibility visible;
    private final SegmentColumns.Cache cache;

    /** @param coder the coder whose codes are counted, as written; null for everyone's */
    TurnFacets(String coder, SegmentColumns.Cache cache) {
        this(coder, Visibility.EVERYONE, cache);
    }

    /**
     * @param coder the coder whose codes are counted, as written; null for everyone's
     * @param visible whose codings may be counted on which transcripts
     */
    TurnFacets(String coder, Visibility visible, SegmentColumns.Cache cache) {
        this.coder = coder;
        this.visible = visible;
        this.cache = cache;
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
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            return new SegmentCounts(context.reader());
        }

        private void add(String facet, String label, long n) {
            counts.computeIfAbsent(facet, f -> new HashMap<>()).merge(label, n, Long::sum);
        }

        /** Counts by ordinal within a segment; turned into labels when the segment is done. */
        private final class SegmentCounts implements LeafCollector {
            private final SegmentColumns columns;
            private final int[] byTranscript;
            private final long[] byRole = new long[ROLES.length];
            private final int[] bySpeaker;
            /** Per coding ordinal: the number of its code, or -1 for a code of a coder not counted. */
            private final int[] countedCode;
            /** As {@link #countedCode}, on a transcript blind to the viewer: -1 too for every other coder's. */
            private final int[] countedCodeBlind;
            /** Per coder ordinal, whether the coder is counted on a blind transcript. */
            private final boolean[] coderSeenBlind;
            /** Per transcript ordinal, whether it is blind to the viewer; null when none is. */
            private final boolean[] blindTranscript;
            private final int[] byCode;
            private final int[] byCoder;
            private final int[] lastDocOfCode;

            SegmentCounts(LeafReader leaf) {
                columns = cache.of(leaf);
                byTranscript = new int[columns.orderKeys.length];
                bySpeaker = new int[columns.speakers.length];
                countedCode = columns.codeOfCoding.clone();
                if (coder != null) {
                    for (int ord = 0; ord < countedCode.length; ord++) {
                        if (!coder.equals(columns.coders.get(columns.coderOfCoding[ord]))) {
                            countedCode[ord] = -1;
                        }
                    }
                }
                coderSeenBlind = new boolean[columns.coders.size()];
                if (visible.restricts()) {
                    blindTranscript = new boolean[columns.orderKeys.length];
                    for (int ord = 0; ord < blindTranscript.length; ord++) {
                        blindTranscript[ord] = visible.blind().contains(transcriptOf(columns.orderKeys[ord]));
                    }
                    for (int who = 0; who < coderSeenBlind.length; who++) {
                        coderSeenBlind[who] = visible.viewer().equals(columns.coders.get(who));
                    }
                    countedCodeBlind = countedCode.clone();
                    for (int ord = 0; ord < countedCodeBlind.length; ord++) {
                        if (!coderSeenBlind[columns.coderOfCoding[ord]]) {
                            countedCodeBlind[ord] = -1;
                        }
                    }
                } else {
                    blindTranscript = null;
                    countedCodeBlind = countedCode;
                }
                byCode = new int[columns.codes.size()];
                byCoder = new int[columns.coders.size()];
                lastDocOfCode = new int[columns.codes.size()];
                Arrays.fill(lastDocOfCode, -1);
            }

            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) {
                int transcript = columns.transcript[doc];
                if (transcript >= 0) {
                    byTranscript[transcript]++;
                }
                byRole[columns.role[doc]]++;
                int speaker = columns.speaker[doc];
                if (speaker >= 0) {
                    bySpeaker[speaker]++;
                }
                // Ordinals follow "coder SEPARATOR code", so one coder's codes come together.
                int previousCoder = -1;
                int[] codings = columns.codings;
                boolean blind = blindTranscript != null && transcript >= 0 && blindTranscript[transcript];
                int[] counted = blind ? countedCodeBlind : countedCode;
                for (int i = columns.codingsFrom[doc], end = columns.codingsFrom[doc + 1]; i < end; i++) {
                    int ord = codings[i];
                    int who = columns.coderOfCoding[ord];
                    if (blind && !coderSeenBlind[who]) {
                        continue;
                    }
                    if (who != previousCoder) {
                        byCoder[who]++;
                        previousCoder = who;
                    }
                    int code = counted[ord];
                    if (code >= 0 && lastDocOfCode[code] != doc) {
                        lastDocOfCode[code] = doc;
                        byCode[code]++;
                    }
                }
            }

            @Override
            public void finish() {
                for (int ord = 0; ord < byTranscript.length; ord++) {
                    if (byTranscript[ord] > 0) {
                        add("transcript", transcriptOf(columns.orderKeys[ord]), byTranscript[ord]);
                    }
                }
                for (int role = 0; role < byRole.length; role++) {
                    if (byRole[role] > 0) {
                        add("role", ROLES[role].label(), byRole[role]);
                    }
                }
                for (int ord = 0; ord < bySpeaker.length; ord++) {
                    if (bySpeaker[ord] > 0) {
                        add("speaker", columns.speakers[ord], bySpeaker[ord]);
                    }
                }
                for (int i = 0; i < byCode.length; i++) {
                    if (byCode[i] > 0) {
                        add("code", columns.codes.get(i), byCode[i]);
                    }
                }
                for (int i = 0; i < byCoder.length; i++) {
                    if (byCoder[i] > 0) {
                        add("coder", columns.coders.get(i), byCoder[i]);
                    }
                }
            }
        }
    }
}
