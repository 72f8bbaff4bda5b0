package org.attune.index;

import static org.attune.index.CorpusFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * One segment's transcript, turn, role, speaker and codings, read from its doc values once into
 * plain arrays and kept while the segment lives. Facet counts and the co-occurrence and sequence
 * tables read these for every matching turn: from arrays that is a few nanoseconds a value,
 * where decoding doc values again for every search made facet counts of a large result miss
 * their 20 ms. About 31 bytes a turn.
 */
final class SegmentColumns {

    /** Per document: the ordinal of its transcript (in {@link #orderKeys}), or -1. */
    final int[] transcript;
    /** Per document: its turn number. */
    final int[] turn;
    /** Per document: its role's ordinal. */
    final byte[] role;
    /** Per document: the ordinal of its speaker (in {@link #speakers}), or -1. */
    final int[] speaker;
    /** Per document: where its coding ordinals start in {@link #codings}; one more entry marks the end. */
    final int[] codingsFrom;
    /** The coding ordinals of every document, one after another: ordinals of "coder SEPARATOR code". */
    final int[] codings;

    final String[] orderKeys;
    final String[] speakers;
    /** Per coding ordinal: its coder's number in {@link #coders} and its code's in {@link #codes}. */
    final int[] coderOfCoding;
    final int[] codeOfCoding;
    final List<String> coders = new ArrayList<>();
    final List<String> codes = new ArrayList<>();

    private SegmentColumns(LeafReader leaf) throws IOException {
        int max = leaf.maxDoc();
        SortedDocValues order = DocValues.getSorted(leaf, ORDER);
        transcript = ordinals(order, max);
        orderKeys = values(order);
        SortedDocValues speakerValues = DocValues.getSorted(leaf, SPEAKER_VALUE);
        speaker = ordinals(speakerValues, max);
        speakers = values(speakerValues);
        turn = new int[max];
        NumericDocValues turns = DocValues.getNumeric(leaf, TURN_ORDER);
        for (int doc = turns.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = turns.nextDoc()) {
            turn[doc] = (int) turns.longValue();
        }
        role = new byte[max];
        NumericDocValues roles = DocValues.getNumeric(leaf, ROLE_VALUE);
        for (int doc = roles.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = roles.nextDoc()) {
            role[doc] = (byte) roles.longValue();
        }

        SortedSetDocValues codingValues = DocValues.getSortedSet(leaf, CODINGS_VALUES);
        codingsFrom = new int[max + 1];
        int[] ords = new int[Math.max(16, max * 4)];
        int count = 0;
        int next = 0;
        for (int doc = codingValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = codingValues.nextDoc()) {
            while (next <= doc) {
                codingsFrom[next++] = count;
            }
            int n = codingValues.docValueCount();
            if (count + n > ords.length) {
                ords = Arrays.copyOf(ords, Math.max(count + n, ords.length * 2));
            }
            for (int i = 0; i < n; i++) {
                ords[count++] = (int) codingValues.nextOrd();
            }
        }
        while (next <= max) {
            codingsFrom[next++] = count;
        }
        codings = Arrays.copyOf(ords, count);

        int values = Math.toIntExact(codingValues.getValueCount());
        coderOfCoding = new int[values];
        codeOfCoding = new int[values];
        Map<String, Integer> coderNumbers = new HashMap<>();
        Map<String, Integer> codeNumbers = new HashMap<>();
        for (int ord = 0; ord < values; ord++) {
            String value = codingValues.lookupOrd(ord).utf8ToString();
            int cut = value.indexOf(SEPARATOR);
            coderOfCoding[ord] = number(coderNumbers, coders, value.substring(0, cut));
            codeOfCoding[ord] = number(codeNumbers, codes, value.substring(cut + 1));
        }
    }

    private static int[] ordinals(SortedDocValues values, int max) throws IOException {
        int[] ords = new int[max];
        Arrays.fill(ords, -1);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            ords[doc] = values.ordValue();
        }
        return ords;
    }

    private static String[] values(SortedDocValues values) throws IOException {
        String[] out = new String[values.getValueCount()];
        for (int ord = 0; ord < out.length; ord++) {
            out[ord] = values.lookupOrd(ord).utf8ToString();
        }
        return out;
    }

    private static int number(Map<String, Integer> numbers, List<String> values, String value) {
        return numbers.computeIfAbsent(value, v -> {
            values.add(v);
            return values.size() - 1;
        });
    }

    /** The columns of the segments of one index, each read when first needed and dropped when its segment closes. */
    static final class Cache {
        private final Map<IndexReader.CacheKey, SegmentColumns> bySegment = new ConcurrentHashMap<>();

        SegmentColumns of(LeafReader leaf) {
            IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
            if (helper == null) {
                return read(leaf);
            }
            return bySegment.computeIfAbsent(helper.getKey(), key -> {
                helper.addClosedListener(bySegment::remove);
                return read(leaf);
            });
        }

        private static SegmentColumns read(LeafReader leaf) {
            try {
                return new SegmentColumns(leaf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
