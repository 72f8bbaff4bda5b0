package org.attune.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;

/**
 * The first hits in transcript order (dyad, session, name, then turn), and how many there are.
 * Each turn's place is two array reads ({@link SegmentColumns}) and a rank of its transcript
 * among all of the reader's; Lucene's sort on the order key decoded the key's ordinal from doc
 * values for every hit and took half the time of a search with many hits.
 */
final class TranscriptOrder implements CollectorManager<TranscriptOrder.Firsts, TopDocs> {

    private final Ranks ranks;
    private final int limit;

    TranscriptOrder(Ranks ranks, int limit) {
        this.ranks = ranks;
        this.limit = limit;
    }

    @Override
    public Firsts newCollector() {
        return new Firsts(limit);
    }

    @Override
    public TopDocs reduce(Collection<Firsts> collectors) {
        long total = 0;
        int size = 0;
        for (Firsts f : collectors) {
            total += f.total;
            size += f.size;
        }
        long[] keys = new long[size];
        int[] docs = new int[size];
        Integer[] order = new Integer[size];
        int at = 0;
        for (Firsts f : collectors) {
            for (int i = 0; i < f.size; i++, at++) {
                keys[at] = f.keys[i];
                docs[at] = f.docs[i];
                order[at] = at;
            }
        }
        Arrays.sort(order, (a, b) -> keys[a] != keys[b] ? Long.compare(keys[a], keys[b]) : Integer.compare(docs[a], docs[b]));
        ScoreDoc[] hits = new ScoreDoc[Math.min(limit, size)];
        for (int i = 0; i < hits.length; i++) {
            hits[i] = new ScoreDoc(docs[order[i]], Float.NaN);
        }
        return new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), hits);
    }

    /** The first hits of one slice of segments: a max-heap of turn places, the last place on top. */
    final class Firsts implements Collector {
        private final int limit;
        private long[] keys = new long[16];
        private int[] docs = new int[16];
        private int size;
        private long total;

        Firsts(int limit) {
            this.limit = limit;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            SegmentColumns columns = ranks.cache.of(context.reader());
            int[] rankOfOrd = ranks.of(context);
            int docBase = context.docBase;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    total++;
                    int transcript = columns.transcript[doc];
                    long key = (transcript < 0 ? (long) Integer.MAX_VALUE : rankOfOrd[transcript]) << 32 | columns.turn[doc];
                    offer(key, docBase + doc);
                }
            };
        }

        private void offer(long key, int doc) {
            if (size < limit) {
                if (size == keys.length) {
                    keys = Arrays.copyOf(keys, size * 2);
                    docs = Arrays.copyOf(docs, size * 2);
                }
                keys[size] = key;
                docs[size] = doc;
                up(size++);
            } else if (limit > 0 && before(key, doc, keys[0], docs[0])) {
                keys[0] = key;
                docs[0] = doc;
                down(0);
            }
        }

        private static boolean before(long key, int doc, long otherKey, int otherDoc) {
            return key < otherKey || (key == otherKey && doc < otherDoc);
        }

        private void up(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!before(keys[parent], docs[parent], keys[i], docs[i])) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void down(int i) {
            while (true) {
                int last = i;
                for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                    if (before(keys[last], docs[last], keys[child], docs[child])) {
                        last = child;
                    }
                }
                if (last == i) {
                    return;
                }
                swap(i, last);
                i = last;
            }
        }

        private void swap(int a, int b) {
            long k = keys[a];
            keys[a] = keys[b];
            keys[b] = k;
            int d = docs[a];
            docs[a] = docs[b];
            docs[b] = d;
        }
    }

    /**
     * The rank of every transcript among one reader's, by the bytes of its order key as Lucene
     * sorts them, and each segment's ordinals mapped to those ranks. Made once per reader.
     */
    static final class Ranks {
        private final SegmentColumns.Cache cache;
        private final List<int[]> byLeaf;

        Ranks(DirectoryReader reader, SegmentColumns.Cache cache) {
            this.cache = cache;
            List<String> keys = new ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                keys.addAll(List.of(cache.of(leaf.reader()).orderKeys));
            }
            BytesRef[] sorted = keys.stream().distinct().map(BytesRef::new).sorted().toArray(BytesRef[]::new);
            byLeaf = new ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                String[] own = cache.of(leaf.reader()).orderKeys;
                int[] rank = new int[own.length];
                for (int ord = 0; ord < own.length; ord++) {
                    rank[ord] = Arrays.binarySearch(sorted, new BytesRef(own[ord]));
                }
                byLeaf.add(rank);
            }
        }

        int[] of(LeafReaderContext context) {
            return byLeaf.get(context.ord);
        }
    }
}
