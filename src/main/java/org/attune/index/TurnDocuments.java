package org.attune.index;

import static org.attune.index.CorpusFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.attune.model.SessionInfo;
import org.attune.model.Turn;

/** Makes the Lucene documents of a transcript's turns. */
final class TurnDocuments {

    static final FacetsConfig FACETS = facetsConfig();

    private final IndexedTranscript transcript;
    private final TurnCodings codings;
    private final String orderKey;

    TurnDocuments(IndexedTranscript transcript) {
        this.transcript = transcript;
        this.codings = new TurnCodings(transcript.turns().size(), transcript.codings());
        this.orderKey = orderKey(transcript.summary().name(), transcript.summary().session());
    }

    int size() {
        return transcript.turns().size();
    }

    /** The document of turn {@code number}, from 1. */
    Document document(int number) {
        Turn turn = transcript.turns().get(number - 1);
        String name = transcript.name();
        SessionInfo session = transcript.summary().session();
        Signature signature = new Signature();
        Document doc = new Document();

        doc.add(new StringField(ID, id(name, number), Field.Store.NO));
        doc.add(new StringField(TRANSCRIPT_ID, name, Field.Store.NO));
        keyword(doc, signature, TRANSCRIPT, name);
        doc.add(new StoredField(STORED_TRANSCRIPT, name));
        if (session.dyad() != null) {
            keyword(doc, signature, DYAD, session.dyad());
        }
        if (session.session() != null) {
            doc.add(new IntPoint(SESSION, session.session()));
            signature.add(SESSION, session.session());
        }
        if (session.date() != null) {
            doc.add(new IntPoint(DATE, Math.toIntExact(session.date().toEpochDay())));
            signature.add(DATE, session.date());
        }
        doc.add(new IntPoint(TURN, number));
        doc.add(new StoredField(STORED_TURN, number));
        doc.add(new NumericDocValuesField(TURN_ORDER, number));
        doc.add(new SortedDocValuesField(ORDER, new BytesRef(orderKey)));
        signature.add(ORDER, orderKey).add(TURN, number);

        keyword(doc, signature, SPEAKER, turn.speaker());
        doc.add(new StoredField(STORED_SPEAKER, turn.speaker()));
        keyword(doc, signature, ROLE, turn.role().label());
        doc.add(new StoredField(STORED_ROLE, turn.role().label()));
        doc.add(new NumericDocValuesField(ROLE_VALUE, turn.role().ordinal()));
        if (turn.startMs() != null) {
            doc.add(new LongPoint(START, turn.startMs()));
            doc.add(new StoredField(STORED_START, turn.startMs()));
            signature.add(START, turn.startMs());
        }
        if (turn.endMs() != null) {
            doc.add(new LongPoint(END, turn.endMs()));
            doc.add(new StoredField(STORED_END, turn.endMs()));
            signature.add(END, turn.endMs());
        }

        doc.add(new Field(TEXT, turn.text(), STORED_TEXT));
        doc.add(new Field(EXACT, turn.text(), UNSTORED_TEXT));
        signature.add(TEXT, turn.text());

        Set<String> codes = new LinkedHashSet<>();
        Set<String> coders = new LinkedHashSet<>();
        for (TurnCodings.OnTurn on : codings.on(number)) {
            codes.add(on.code());
            coders.add(on.coder());
            keyword(doc, signature, CODED, coded(on.coder(), on.code()));
            doc.add(new SortedSetDocValuesField(CODINGS_VALUES, new BytesRef(on.coder() + SEPARATOR + on.code())));
            doc.add(new SortedSetDocValuesFacetField(FACET_CODED, on.coder(), on.code()));
            String value = on.value() == null ? "" : on.value().toPlainString();
            doc.add(new StoredField(STORED_CODINGS, on.coder() + SEPARATOR + on.code() + SEPARATOR + value));
            if (on.value() != null) {
                doc.add(new DoublePoint(valueField(on.code()), on.value().doubleValue()));
                doc.add(new DoublePoint(valueField(on.code(), on.coder()), on.value().doubleValue()));
                signature.add("value", value);
            }
        }
        for (String code : codes) {
            keyword(doc, signature, CODE, code);
            doc.add(new SortedSetDocValuesFacetField(FACET_CODE, code));
        }
        for (String coder : coders) {
            keyword(doc, signature, CODER, coder);
            doc.add(new SortedSetDocValuesFacetField(FACET_CODER, coder));
        }
        neighbour(doc, signature, PREVIOUS, number - 1);
        neighbour(doc, signature, NEXT, number + 1);

        doc.add(new SortedSetDocValuesFacetField(FACET_ROLE, turn.role().label()));
        doc.add(new SortedSetDocValuesFacetField(FACET_SPEAKER, turn.speaker()));
        doc.add(new SortedSetDocValuesFacetField(FACET_TRANSCRIPT, name));
        doc.add(new StoredField(STORED_SIGNATURE, signature.value()));
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long signature(Document doc) {
        return doc.getField(STORED_SIGNATURE).numericValue().longValue();
    }

    private void neighbour(Document doc, Signature signature, String prefix, int number) {
        if (number < 1 || number > size()) {
            return;
        }
        Turn turn = transcript.turns().get(number - 1);
        keyword(doc, signature, prefix + ROLE, turn.role().label());
        keyword(doc, signature, prefix + SPEAKER, turn.speaker());
        Set<String> codes = new LinkedHashSet<>();
        Set<String> coders = new LinkedHashSet<>();
        for (TurnCodings.OnTurn on : codings.on(number)) {
            codes.add(on.code());
            coders.add(on.coder());
            keyword(doc, signature, prefix + CODED, coded(on.coder(), on.code()));
        }
        codes.forEach(code -> keyword(doc, signature, prefix + CODE, code));
        coders.forEach(coder -> keyword(doc, signature, prefix + CODER, coder));
    }

    private static void keyword(Document doc, Signature signature, String field, String value) {
        String key = key(value);
        doc.add(new StringField(field, key, Field.Store.NO));
        signature.add(field, key);
    }

    /** Sorts transcripts by dyad, then session, then name; those without a dyad or session last. */
    static String orderKey(String name, SessionInfo session) {
        String dyad = session.dyad() == null ? "\uffff" : session.dyad();
        String number = session.session() == null ? "9999999999" : String.format("%010d", session.session());
        return dyad + SEPARATOR + number + SEPARATOR + name;
    }

    /**
     * Facets in doc values only: the keyword fields already find a value, so no drill-down terms.
     * Every coder's codes, each coder's, and the rest are counted from fields of their own, so
     * that a search counts only what it shows.
     */
    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FACET_CODE, true);
        config.setMultiValued(FACET_CODER, true);
        config.setMultiValued(FACET_CODED, true);
        config.setHierarchical(FACET_CODED, true);
        config.setIndexFieldName(FACET_CODE, FACETS_OF_CODES);
        config.setIndexFieldName(FACET_CODED, FACETS_OF_CODERS_CODES);
        for (String dim : List.of(FACET_CODE, FACET_CODER, FACET_CODED, FACET_ROLE, FACET_SPEAKER, FACET_TRANSCRIPT)) {
            config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
        }
        return config;
    }

    /**
     * A 64-bit hash of a turn's indexed content, field by field: each value's String hash and
     * length, stirred by the SplitMix64 finaliser so that order and position count. A turn's text
     * never changes once imported; what changes, codes and neighbours, are short values.
     */
    private static final class Signature {
        private long hash = 0x9e3779b97f4a7c15L;

        Signature add(String field, Object value) {
            String text = String.valueOf(value);
            hash = stir(hash ^ field.hashCode());
            hash = stir(hash ^ ((long) text.hashCode() << 32 | text.length()));
            return this;
        }

        private static long stir(long z) {
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            return z ^ (z >>> 31);
        }

        long value() {
            return hash;
        }
    }
}
