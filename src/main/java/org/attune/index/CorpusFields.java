package org.attune.index;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The fields of a turn's document. Keyword fields hold lower-cased values, so that queries are
 * blind to case; what is shown to users comes from the stored fields, as written.
 */
final class CorpusFields {

    /** Transcript and turn, to replace one turn's document. */
    static final String ID = "id";
    /** The transcript's name as written, to replace all of a transcript's documents. */
    static final String TRANSCRIPT_ID = "tid";
    /** The text, stemmed by the English analyzer: finds a word's forms. Stored, for display. */
    static final String TEXT = "text";
    /** The text, unstemmed with no stop words: exact words and phrases. */
    static final String EXACT = "exact";

    static final String TRANSCRIPT = "transcript";
    static final String DYAD = "dyad";
    static final String SESSION = "session";
    static final String DATE = "date";
    static final String TURN = "turn";
    static final String SPEAKER = "speaker";
    static final String ROLE = "role";
    static final String START = "start";
    static final String END = "end";
    /** Every coder's codes on the turn, by id. */
    static final String CODE = "code";
    /** Every coder who coded the turn. */
    static final String CODER = "coder";
    /** Each coder's codes on the turn, as "coder/code". */
    static final String CODED = "coded";
    /** Scale values: {@code value.CODE} for any coder, {@code value.CODE/CODER} for one. */
    static final String VALUE_PREFIX = "value.";

    static final String PREVIOUS = "prev.";
    static final String NEXT = "next.";
    /** The fields that the neighbouring turns' documents lend to a turn's. */
    static final List<String> NEIGHBOUR_FIELDS = List.of(ROLE, SPEAKER, CODE, CODER, CODED);

    // Stored for display, as written.
    static final String STORED_TRANSCRIPT = "s.transcript";
    static final String STORED_SPEAKER = "s.speaker";
    static final String STORED_ROLE = "s.role";
    static final String STORED_TURN = "s.turn";
    static final String STORED_START = "s.start";
    static final String STORED_END = "s.end";
    /** Each coding on the turn as coder, code and value, separated by {@link #SEPARATOR}. */
    static final String STORED_CODINGS = "s.codings";
    /** A hash of everything indexed for the turn: an update rewrites only the turns it changes. */
    static final String STORED_SIGNATURE = "s.signature";

    // Doc values for sorting, counting and tables.
    /** Transcript order: dyad, session, name. */
    static final String ORDER = "dv.order";
    static final String TURN_ORDER = "dv.turn";
    static final String ROLE_VALUE = "dv.role";
    /** The speaker as written, for counting hits by speaker. */
    static final String SPEAKER_VALUE = "dv.speaker";
    /** Each coder's codes, as coder SEPARATOR code, for co-occurrence and sequence tables. */
    static final String CODINGS_VALUES = "dv.codings";

    static final char SEPARATOR = '\u001f';

    /** Text with positions and offsets, so that phrases and proximity work and matches can be shown. */
    static final FieldType STORED_TEXT = textType(true);
    static final FieldType UNSTORED_TEXT = textType(false);

    private CorpusFields() {
    }

    static String key(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /** The transcript name at the end of an {@link #ORDER} key: dyad, session, name. */
    static String transcriptOf(String orderKey) {
        return orderKey.substring(orderKey.indexOf(SEPARATOR, orderKey.indexOf(SEPARATOR) + 1) + 1);
    }

    static String id(String transcript, int turn) {
        return transcript + SEPARATOR + turn;
    }

    static String coded(String coder, String code) {
        return key(coder) + "/" + key(code);
    }

    static String valueField(String code) {
        return VALUE_PREFIX + key(code);
    }

    static String valueField(String code, String coder) {
        return VALUE_PREFIX + key(code) + "/" + key(coder);
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
