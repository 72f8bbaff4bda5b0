package org.attune.index;

import static org.attune.index.CorpusFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntroSorter;
import org.attune.model.Role;

/**
 * Reads every turn's transcript, number, role and codes from the doc values, and hands them
 * over in transcript order: what the co-occurrence and sequence tables are made of, without
 * touching stored text.
 */
final class CorpusTurns {

    private static final Role[] ROLES = Role.values();

    private final DirectoryReader reader;

    CorpusTurns(DirectoryReader reader) {
        this.reader = reader;
    }

    void visit(String coder, TurnVisitor visitor) throws IOException {
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
            SortedDocValues order = DocValues.getSorted(leaf, ORDER);
            NumericDocValues turns = DocValues.getNumeric(leaf, TURN_ORDER);
            NumericDocValues roles = DocValues.getNumeric(leaf, ROLE_VALUE);
            SortedSetDocValues codings = DocValues.getSortedSet(leaf, CODINGS_VALUES);
            int[] transcriptOfOrd = new int[order.getValueCount()];
            for (int ord = 0; ord < transcriptOfOrd.length; ord++) {
                String key = order.lookupOrd(ord).utf8ToString();
                transcriptOfOrd[ord] = transcripts.computeIfAbsent(key, k -> {
                    transcriptKeys.add(k);
                    return transcriptKeys.size() - 1;
                });
            }
            int[] codeOfOrd = new int[(int) codings.getValueCount()];
            for (int ord = 0; ord < codeOfOrd.length; ord++) {
                String value = codings.lookupOrd(ord).utf8ToString();
                int cut = value.indexOf(SEPARATOR);
                String code = value.substring(cut + 1);
                codeOfOrd[ord] = coder == null || coder.equals(value.substring(0, cut))
                        ? codeNumbers.computeIfAbsent(code, c -> {
                            codes.add(c);
                            return codes.size() - 1;
                        })
                        : -1;
            }
            for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                order.advanceExact(doc);
                turns.advanceExact(doc);
                roles.advanceExact(doc);
                transcriptOf[count] = transcriptOfOrd[order.ordValue()];
                turnOf[count] = (int) turns.longValue();
                roleOf[count] = (byte) roles.longValue();
                codesFrom[count] = codeCount;
                if (codings.advanceExact(doc)) {
                    for (int i = 0; i < codings.docValueCount(); i++) {
                        int code = codeOfOrd[(int) codings.nextOrd()];
                        if (code >= 0 && !contains(codeIds, codesFrom[count], codeCount, code)) {
                            if (codeCount == codeIds.length) {
                                codeIds = Arrays.copyOf(codeIds, codeIds.length * 2);
                            }
                            codeIds[codeCount++] = code;
                        }
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
        for (int i : sorted) {
            Set<String> here = new LinkedHashSet<>();
            for (int c = codesFrom[i]; c < codesFrom[i + 1]; c++) {
                here.add(codes.get(codeIds[c]));
            }
            visitor.turn(names[transcriptOf[i]], turnOf[i], ROLES[roleOf[i]], here);
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
