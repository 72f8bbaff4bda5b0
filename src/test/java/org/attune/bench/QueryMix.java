package org.attune.bench;

import java.util.List;

/**
 * The search benchmark's fixed mix of questions: six kinds, each asked in several variants (other
 * words, other codes) so that no one cached answer flatters a kind. Each variant is written for
 * Attune and, as closely as the baseline allows, for a {@code LIKE} scan and for SQLite FTS5 over
 * the same project file; where a baseline means something else, {@link Kind#differences} says so.
 */
final class QueryMix {

    /** The kinds of question, in the order they are reported. */
    enum Kind {
        WORD("word", "one word, stemmed: finds its forms",
                "`LIKE '%w%'` finds every turn with the letters anywhere (feel: also feels, feeling, feelings, and "
                        + "feelers if a turn had it), so it finds at least Attune's turns; FTS5 with the porter tokenizer "
                        + "stems as Attune's English analyzer does and must find exactly Attune's turns"),
        PHRASE("phrase", "words in a row, exact (unstemmed)",
                "`LIKE '%my mother%'` needs the one space between the words as typed, so it misses \"my, mother\" and "
                        + "\"my. Mother\" (a phrase to Attune and FTS5) and finds \"my mothers\"; FTS5 over the unstemmed "
                        + "text (apostrophes kept inside words, as Attune's exact field keeps them) must find exactly "
                        + "Attune's turns"),
        PROXIMITY("proximity", "two words within 5 positions, exact",
                "LIKE cannot say near: the baseline asks for both words anywhere in the turn (`LIKE '%a%' AND LIKE "
                        + "'%b%'`), at least Attune's turns; FTS5 `NEAR(a b, 5)` allows 5 words between in either order "
                        + "where Attune's sloppy phrase `\"a b\"~5` allows 5 between in the order typed and 3 the other "
                        + "way, so FTS5 finds at least Attune's turns"),
        CODE("code filter", "turns carrying a code, any coder",
                "no text, so the baseline is plain SQL on the project file, the same for both columns: the distinct "
                        + "turns of the code's codings (its index on code_id) joined to turns; it must find exactly "
                        + "Attune's turns"),
        FACETS("facet counts", "a word search with its hits counted by code, role, speaker, transcript and coder",
                "the baselines put the matching turns in a temporary table (LIKE scan, or FTS5 porter match) and "
                        + "count them with one GROUP BY for each facet, joined to codings for code and coder; FTS5's "
                        + "counts must equal Attune's"),
        SEQUENCE("sequence", "turns with a code whose next turn has another code",
                "no text: plain SQL, a self-join of codings on the same transcript and turn number + 1; it must find "
                        + "exactly Attune's turns");

        final String label;
        final String meaning;
        final String differences;

        Kind(String label, String meaning, String differences) {
            this.label = label;
            this.meaning = meaning;
            this.differences = differences;
        }

        /** Whether the question has text for LIKE and FTS5 to search; if not, one SQL baseline serves both. */
        boolean hasText() {
            return this != CODE && this != SEQUENCE;
        }
    }

    /**
     * One question of the mix.
     *
     * @param kind what kind it is
     * @param attune the query as an Attune user types it
     * @param words for text kinds, the word(s) as the baselines need them; for code kinds, the code ids
     */
    record Variant(Kind kind, String attune, List<String> words) {

        /** The SQL LIKE pattern(s), lower case, for the text kinds. */
        List<String> likePatterns() {
            return switch (kind) {
                case WORD, FACETS -> List.of("%" + words.get(0) + "%");
                case PHRASE -> List.of("%" + String.join(" ", words) + "%");
                case PROXIMITY -> words.stream().map(w -> "%" + w + "%").toList();
                default -> throw new IllegalStateException(kind + " has no text");
            };
        }

        /** The FTS5 MATCH expression, for the text kinds. */
        String ftsMatch() {
            return switch (kind) {
                case WORD, FACETS -> words.get(0);
                case PHRASE -> "\"" + String.join(" ", words) + "\"";
                case PROXIMITY -> "NEAR(" + String.join(" ", words) + ", " + PROXIMITY_SLOP + ")";
                default -> throw new IllegalStateException(kind + " has no text");
            };
        }

        /** Whether the FTS5 baseline answers over the stemmed (porter) table, else the unstemmed one. */
        boolean ftsStemmed() {
            return kind == Kind.WORD || kind == Kind.FACETS;
        }
    }

    static final int PROXIMITY_SLOP = 5;

    static final List<Variant> VARIANTS = List.of(
            word("feel"), word("mother"), word("angry"), word("remember"), word("sleep"), word("work"),
            phrase("my", "mother"), phrase("my", "father"), phrase("i", "mean"), phrase("the", "kitchen"),
            phrase("at", "work"), phrase("really", "angry"),
            near("mother", "angry"), near("father", "upset"), near("work", "tired"), near("sister", "worried"),
            near("mother", "cried"), near("feel", "alone"),
            code("amplification"), code("self-state-shift"), code("narrative"), code("metaphor"),
            code("understanding-hypothesis"), new Variant(Kind.CODE, "value.experiencing:[5 TO 7]", List.of("experiencing-level", "5", "7")),
            facets("mother"), facets("angry"), facets("sleep"), facets("sister"), facets("remember"), facets("work"),
            sequence("amplification", "self-state-shift"), sequence("representation", "narrative"),
            sequence("question", "script"), sequence("disjunction", "confrontation-rejecting-intervention"),
            sequence("coupling", "chronicle"), sequence("narrative", "amplification"));

    private QueryMix() {
    }

    static List<Variant> of(Kind kind) {
        return VARIANTS.stream().filter(v -> v.kind() == kind).toList();
    }

    private static Variant word(String word) {
        return new Variant(Kind.WORD, word, List.of(word));
    }

    private static Variant phrase(String... words) {
        return new Variant(Kind.PHRASE, "\"" + String.join(" ", words) + "\"", List.of(words));
    }

    private static Variant near(String a, String b) {
        return new Variant(Kind.PROXIMITY, "\"" + a + " " + b + "\"~" + PROXIMITY_SLOP, List.of(a, b));
    }

    private static Variant code(String code) {
        return new Variant(Kind.CODE, "code:" + code, List.of(code));
    }

    private static Variant facets(String word) {
        return new Variant(Kind.FACETS, word, List.of(word));
    }

    private static Variant sequence(String code, String next) {
        return new Variant(Kind.SEQUENCE, "code:" + code + " AND next.code:" + next, List.of(code, next));
    }
}
