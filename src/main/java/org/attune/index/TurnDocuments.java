package org.attune.index;

import static org.attune.index.CorpusFields.*;

import java.util.ArrayList;
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
import org.apache.lucene.util.BytesRef;
import org.attune.model.Coding;
import org.attune.model.SessionInfo;
import org.attune.model.TranscriptSummary;
import org.attune.model.Turn;

/**
 * Makes the Lucene documents of a transcript's turns: of all of them, or of some from a stretch
 * that holds their neighbours too, as each document carries its neighbours' roles, speakers and codes.
 */
final class TurnDocuments {

    private final TranscriptSummary summary;
    private final int first;
    private final List<Turn> turns;
    /** How many turns the transcript has in all: the last turn has no next one. */
    private final int count;
    private final TurnCodings codings;
    private final String orderKey;
    private final Keys[] keysOf;

    TurnDocuments(IndexedTranscript transcript) {
        this(transcript.summary(), 1, transcript.turns(), transcript.turns().size(), transcript.codings());
    }

    /** The documents of some of a stretch's turns: those whose neighbours it holds too (see {@link IndexedTurns}). */
    TurnDocuments(IndexedTurns stretch) {
        this(stretch.stretch().transcript(), stretch.stretch().first(), stretch.stretch().turns(),
                stretch.stretch().transcript().turnCount(), stretch.codings());
    }

    private TurnDocuments(TranscriptSummary summary, int first, List<Turn> turns, int count, List<Coding> codings) {
        this.summary = summary;
        this.first = first;
        this.turns = turns;
        this.count = count;
        this.codings = new TurnCodings(first, turns.size(), codings);
        this.orderKey = orderKey(summary.name(), summary.session());
        this.keysOf = new Keys[turns.size()];
    }

    int size() {
        return count;
    }

    /** The document of turn {@code number}, from 1. */
    Document document(int number) {
        Turn turn = turn(number);
        String name = summary.name();
        SessionInfo session = summary.session();
        Signature signature = new Signature();
        Document doc = new Document();

        doc.add(new StringField(ID, id(name, number), Field.Store.NO));
        doc.add(new StringField(TRANSCRIPT_ID, name, Field.Store.NO));
        keyword(doc, signature, TRANSCRIPT, key(name));
        doc.add(new StoredField(STORED_TRANSCRIPT, name));
        if (session.dyad() != null) {
            keyword(doc, signature, DYAD, key(session.dyad()));
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

        Keys keys = keys(number);
        keyword(doc, signature, SPEAKER, keys.speaker());
        doc.add(new StoredField(STORED_SPEAKER, turn.speaker()));
        doc.add(new SortedDocValuesField(SPEAKER_VALUE, new BytesRef(turn.speaker())));
        keyword(doc, signature, ROLE, keys.role());
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

        for (TurnCodings.OnTurn on : codings.on(number)) {
            doc.add(new SortedSetDocValuesField(CODINGS_VALUES, new BytesRef(on.coder() + SEPARATOR + on.code())));
            String value = on.value() == null ? "" : on.value().toPlainString();
            doc.add(new StoredField(STORED_CODINGS, on.coder() + SEPARATOR + on.code() + SEPARATOR + value));
            if (on.value() != null) {
                doc.add(new DoublePoint(valueField(on.code()), on.value().doubleValue()));
                doc.add(new DoublePoint(valueField(on.code(), on.coder()), on.value().doubleValue()));
                signature.add("value", value);
            }
        }
        keywords(doc, signature, CODED, keys.coded());
        keywords(doc, signature, CODE, keys.codes());
        keywords(doc, signature, CODER, keys.coders());
        neighbour(doc, signature, Neighbour.PREVIOUS, number - 1);
        neighbour(doc, signature, Neighbour.NEXT, number + 1);

        doc.add(new StoredField(STORED_SIGNATURE, signature.value()));
        return doc;
    }

    private Turn turn(int number) {
        if (number < first || number >= first + turns.size()) {
            throw new IllegalArgumentException(summary.name() + ": turn " + number + " is not among those read ("
                    + first + " to " + (first + turns.size() - 1) + ")");
        }
        return turns.get(number - first);
    }

    static long signature(Document doc) {
        return doc.getField(STORED_SIGNATURE).numericValue().longValue();
    }

    private void neighbour(Document doc, Signature signature, Neighbour fields, int number) {
        if (number < 1 || number > size()) {
            return;
        }
        Keys keys = keys(number);
        keyword(doc, signature, fields.role, keys.role());
        keyword(doc, signature, fields.speaker, keys.speaker());
        keywords(doc, signature, fields.coded, keys.coded());
        keywords(doc, signature, fields.code, keys.codes());
        keywords(doc, signature, fields.coder, keys.coders());
    }

    /** The names of the fields a neighbouring turn lends, made once rather than for every document. */
    private enum Neighbour {
        PREVIOUS(CorpusFields.PREVIOUS), NEXT(CorpusFields.NEXT);

        final String role;
        final String speaker;
        final String coded;
        final String code;
        final String coder;

        Neighbour(String prefix) {
            role = prefix + ROLE;
            speaker = prefix + SPEAKER;
            coded = prefix + CODED;
            code = prefix + CODE;
            coder = prefix + CODER;
        }
    }

    /**
     * A turn's keyword values, worked out once: its own document and both its neighbours' carry
     * them.
     */
    private Keys keys(int number) {
        Keys keys = keysOf[number - first];
        if (keys == null) {
            Turn turn = turn(number);
            Set<String> codes = new LinkedHashSet<>();
            Set<String> coders = new LinkedHashSet<>();
            List<String> coded = new ArrayList<>();
            for (TurnCodings.OnTurn on : codings.on(number)) {
                codes.add(key(on.code()));
                coders.add(key(on.coder()));
                coded.add(coded(on.coder(), on.code()));
            }
            keys = new Keys(key(turn.role().label()), key(turn.speaker()), List.copyOf(codes), List.copyOf(coders), coded);
            keysOf[number - first] = keys;
        }
        return keys;
    }

    /** A turn's role, speaker, codes, coders and "coder/code" pairs, lower-cased as the keyword fields hold them. */
    private record Keys(String role, String speaker, List<String> codes, List<String> coders, List<String> coded) {
    }

    private static void keyword(Document doc, Signature signature, String field, String key) {
        doc.add(new StringField(field, key, Field.Store.NO));
        signature.add(field, key);
    }

    private static void keywords(Document doc, Signature signature, String field, List<String> keys) {
        for (String key : keys) {
            doc.add(new StringField(field, key, Field.Store.NO));
            signature.add(field, key);
        }
    }

    /** Sorts transcripts by dyad, then session, then name; those without a dyad or session last. */
    static String orderKey(String name, SessionInfo session) {
        String dyad = session.dyad() == null ? "\uffff" : session.dyad();
        String number = session.session() == null ? "9999999999" : String.format("%010d", session.session());
        return dyad + SEPARATOR + number + SEPARATOR + name;
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
