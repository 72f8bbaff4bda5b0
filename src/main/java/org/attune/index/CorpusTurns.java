package org.attune.index;

import static org.attune.index.CorpusFields.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntroSorter;
import org.attune.model.Role;

/**
 * Reads every turn's transcript, number, role and codes from the doc values ({@link SegmentColumns}), and hands them
 * over in transcript order: what the co-occurrence and sequence tables are made of, without
 * touching stored text.
 */
final class CorpusTurns {

    private static final Role[] ROLES = Role.values();

    private final DirectoryReader reader;
    private final SegmentColumns.Cache cache;

    CorpusTurns(DirectoryReader reader, SegmentColumns.Cache cache) {
        this.reader = reader;
        this.cache = cache;
    }

    void visit(String coder, TurnVisitor visitor) {
        visit(coder, Visibility.EVERYONE, visitor);
    }

    /** As {@link #visit(String, TurnVisitor)}, with only the viewer's codes on the transcripts blind to them. */
    void visit(String coder, Visibility visible, TurnVisitor visitor) {
        int capacity = reader.numDocs();
        int[] transcriptOf = new int[capacity];
        int[] turnOf = new int[capacity];
        byte[] roleOf = new byte[capacity];
        int[] codesFrom = new int[capacity + 1];
        int[] codeIds = new int[Math.max(16, capacity * 2)];
        Map<String, Integer> transcripts = new HashMap<>();
        List<String> transcriptKeys = new ArrayList<>();
        Map<String, Integer> codeNumbers = new HashMap<>();
        List<String> codes = new ArrayList<>();
        int count = 0;
        int codeCount = 0;

        for (LeafReaderContext context : reader.leaves()) {
            LeafReader leaf = context.reader();
            Bits live = leaf.getLiveDocs();
            SegmentColumns columns = cache.of(leaf);
            int[] transcriptOfOrd = new int[columns.orderKeys.length];
            for (int ord = 0; ord < transcriptOfOrd.length; ord++) {
                transcriptOfOrd[ord] = transcripts.computeIfAbsent(columns.orderKeys[ord], k -> {
                    transcriptKeys.add(k);
                    return transcriptKeys.size() - 1;
                });
            }
            // Each coding ordinal's code, numbered across segments; -1 for a code of another coder.
            int[] codeOfOrd = new int[columns.codeOfCoding.length];
            for (int ord = 0; ord < codeOfOrd.length; ord++) {
                String code = columns.codes.get(columns.codeOfCoding[ord]);
                codeOfOrd[ord] = coder == null || coder.equals(columns.coders.get(columns.coderOfCoding[ord]))
                        ? codeNumbers.computeIfAbsent(code, c -> {
                            codes.add(c);
                            return codes.size() - 1;
                        })
                        : -1;
            }
            // On a transcript blind to the viewer, another coder's codes are not there at all.
            int[] codeOfOrdBlind = codeOfOrd;
            boolean[] blindOrd = null;
            if (visible.restricts()) {
                codeOfOrdBlind = codeOfOrd.clone();
                for (int ord = 0; ord < codeOfOrdBlind.length; ord++) {
                    if (!visible.viewer().equals(columns.coders.get(columns.coderOfCoding[ord]))) {
                        codeOfOrdBlind[ord] = -1;
                    }
                }
                blindOrd = new boolean[columns.orderKeys.length];
                for (int ord = 0; ord < blindOrd.length; ord++) {
                    blindOrd[ord] = visible.blind().contains(CorpusFields.transcriptOf(columns.orderKeys[ord]));
                }
            }
            for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                if ((live != null && !live.get(doc)) || columns.transcript[doc] < 0) {
                    continue;
                }
                int[] seen = blindOrd != null && blindOrd[columns.transcript[doc]] ? codeOfOrdBlind : codeOfOrd;
                transcriptOf[count] = transcriptOfOrd[columns.transcript[doc]];
                turnOf[count] = columns.turn[doc];
                roleOf[count] = columns.role[doc];
                codesFrom[count] = codeCount;
                for (int i = columns.codingsFrom[doc], end = columns.codingsFrom[doc + 1]; i < end; i++) {
                    int code = seen[columns.codings[i]];
                    if (code >= 0 && !contains(codeIds, codesFrom[count], codeCount, code)) {
                        if (codeCount == codeIds.length) {
                            codeIds = Arrays.copyOf(codeIds, codeIds.length * 2);
                        }
                        codeIds[codeCount++] = code;
                    }
                }
                count++;
            }
        }
        codesFrom[count] = codeCount;

        // Transcript order is the order of the keys; within a transcript, by turn number.
        int[] rank = rankOfKeys(transcriptKeys);
        int[] sorted = new int[count];
        for (int i = 0; i < count; i++) {
            sorted[i] = i;
        }
        new IntroSorter() {
            private int pivot;

            @Override
            protected void swap(int i, int j) {
                int t = sorted[i];
                sorted[i] = sorted[j];
                sorted[j] = t;
            }

            @Override
            protected void setPivot(int i) {
                pivot = sorted[i];
            }

            @Override
            protected int comparePivot(int j) {
                return compareTurns(pivot, sorted[j]);
            }

            @Override
            protected int compare(int i, int j) {
                return compareTurns(sorted[i], sorted[j]);
            }

            private int compareTurns(int a, int b) {
                int byTranscript = Integer.compare(rank[transcriptOf[a]], rank[transcriptOf[b]]);
                return byTranscript != 0 ? byTranscript : Integer.compare(turnOf[a], turnOf[b]);
            }
        }.sort(0, count);

        String[] names = transcriptKeys.stream().map(CorpusFields::transcriptOf).toArray(String[]::new);
        // A corpus has far fewer combinations of codes than turns: each is made into a set once.
        Map<Combination, Set<String>> combinations = new HashMap<>();
        int words = (codes.size() + 63) / 64;
        for (int i : sorted) {
            long[] bits = new long[words];
            for (int c = codesFrom[i]; c < codesFrom[i + 1]; c++) {
                bits[codeIds[c] >>> 6] |= 1L << codeIds[c];
            }
            Set<String> here = combinations.computeIfAbsent(new Combination(bits),
                    set -> Set.copyOf(BitSet.valueOf(set.bits()).stream().mapToObj(codes::get).toList()));
            visitor.turn(names[transcriptOf[i]], turnOf[i], ROLES[roleOf[i]], here);
        }
    }

    /**
     * A set of code numbers as bits. Its hash mixes every bit into the high ones that HashMap
     * uses: BitSet's own hash folds the halves of a word together, and sets of a few dozen codes
     * collided so often that lookups took a fifth of the time of a table.
     */
    private record Combination(long[] bits) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Combination c && Arrays.equals(bits, c.bits);
        }

        @Override
        public int hashCode() {
            long h = 0;
            for (long word : bits) {
                h = Long.rotateLeft(h, 31) ^ word;
            }
            h *= 0x9e3779b97f4a7c15L;
            return (int) (h >>> 32);
        }
    }

    private static boolean contains(int[] values, int from, int to, int value) {
        for (int i = from; i < to; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private static int[] rankOfKeys(List<String> keys) {
        Integer[] byKey = new Integer[keys.size()];
        for (int i = 0; i < byKey.length; i++) {
            byKey[i] = i;
        }
        BytesRef[] bytes = keys.stream().map(BytesRef::new).toArray(BytesRef[]::new);
        // The order of the bytes, as Lucene sorts the same keys for hits in transcript order.
        Arrays.sort(byKey, (a, b) -> bytes[a].compareTo(bytes[b]));
        int[] rank = new int[keys.size()];
        for (int r = 0; r < byKey.length; r++) {
            rank[byKey[r]] = r;
        }
        return rank;
    }
}
