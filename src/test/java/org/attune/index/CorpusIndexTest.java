package org.attune.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attune.model.AppliesTo;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.Role;
import org.attune.model.SessionInfo;
import org.attune.model.Span;
import org.attune.model.TranscriptSummary;
import org.attune.model.Turn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on a corpus small enough to know every answer by reading it. */
class CorpusIndexTest {

    static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    static final Codebook CODEBOOK = new Codebook("Test", "1", null, null, null, null, List.of(
            new CodeGroup("moves", "Therapist moves", null, false, AppliesTo.THERAPIST, List.of(
                    Code.flag("amplification", "Amplification"),
                    Code.flag("staying-with-feeling", "Staying with feeling"))),
            new CodeGroup("client-form", "Client form", null, true, AppliesTo.CLIENT, List.of(
                    Code.flag("narrative", "Narrative"), Code.flag("chronicle", "Chronicle"))),
            new CodeGroup("events", "Client events", null, false, AppliesTo.CLIENT, List.of(
                    Code.flag("self-state-shift", "Self-state shift")))));

    @TempDir
    Path dir;
    CorpusIndex index;
    QueryVocabulary vocabulary = QueryVocabulary.of(CODEBOOK, List.of("anna", "Ben"));

    static Turn t(int n, String speaker, Role role, String text) {
        return new Turn(n, speaker, role, n * 10_000L, n * 10_000L + 9_000, text);
    }

    static Coding coding(String coder, String transcript, String code, int turn) {
        return new Coding(coder, transcript, code, new Span(turn, 0, turn, 1), null, null, NOW, NOW);
    }

    static IndexedTranscript first(List<Coding> codings) {
        return new IndexedTranscript(new TranscriptSummary("d01-s01", "a.txt", "txt", "h1", NOW,
                new SessionInfo("d01", 1, LocalDate.of(2024, 3, 5)), 5), List.of(
                t(1, "Dr Lee", Role.THERAPIST, "How are you feeling about your mother today?"),
                t(2, "Sam", Role.CLIENT, "My mother was so angry with me. I felt small."),
                t(3, "Dr Lee", Role.THERAPIST, "Angry with you, and you felt small."),
                t(4, "Sam", Role.CLIENT, "Yes. The feelings come back when mothers shout. I don’t know why."),
                t(5, "Dr Lee", Role.THERAPIST, "Mm.")), codings);
    }

    static IndexedTranscript second() {
        return new IndexedTranscript(new TranscriptSummary("d02-s01", "b.txt", "txt", "h2", NOW,
                new SessionInfo("d02", 1, LocalDate.of(2024, 6, 1)), 3), List.of(
                t(1, "Therapist", Role.THERAPIST, "What brings you here?"),
                t(2, "Client", Role.CLIENT, "I don't know. My mother, maybe. She was always angry."),
                t(3, "Interpreter", Role.OTHER, "She says her mother.")),
                List.of(coding("Ben", "d02-s01", "chronicle", 2)));
    }

    static final List<Coding> CODINGS = List.of(
            coding("anna", "d01-s01", "amplification", 3),
            coding("Ben", "d01-s01", "amplification", 3),
            coding("anna", "d01-s01", "narrative", 2),
            coding("Ben", "d01-s01", "chronicle", 2),
            coding("anna", "d01-s01", "self-state-shift", 4),
            coding("anna", "d01-s01", "narrative", 4),
            new Coding("anna", "d01-s01", "staying-with-feeling", new Span(5, 0, 5, 3), null, null, NOW, NOW));

    @BeforeEach
    void build() {
        index = CorpusIndex.open(dir.resolve("i"), true);
        index.rebuild("s1", 2, List.of(first(CODINGS), second()), BuildProgress.NONE);
    }

    @AfterEach
    void close() {
        index.close();
    }

    SearchResult search(String query) {
        return search(query, null);
    }

    SearchResult search(String query, String coder) {
        return index.search(new SearchRequest(query, coder, 100, ResultOrder.TRANSCRIPT, true, true), vocabulary);
    }

    List<String> turns(String query) {
        return turns(query, null);
    }

    List<String> turns(String query, String coder) {
        return search(query, coder).hits().stream().map(h -> h.transcript().substring(0, 3) + ":" + h.turn()).toList();
    }

    @Test
    void wordsFindTheirFormsAndQuotesFindTheFormTyped() {
        assertThat(turns("mother")).containsExactly("d01:1", "d01:2", "d01:4", "d02:2", "d02:3");
        assertThat(turns("\"mothers\"")).containsExactly("d01:4");
        assertThat(turns("feel")).containsExactly("d01:1", "d01:4");
        assertThat(turns("felt")).containsExactly("d01:2", "d01:3");
        assertThat(turns("mother angry")).containsExactly("d01:2", "d02:2");
        assertThat(turns("mother OR felt")).containsExactly("d01:1", "d01:2", "d01:3", "d01:4", "d02:2", "d02:3");
        assertThat(turns("mother NOT angry")).containsExactly("d01:1", "d01:4", "d02:3");
        assertThat(turns("\"mother was\"")).containsExactly("d01:2");
        assertThat(turns("\"mother was so angry\"")).containsExactly("d01:2");
        assertThat(turns("\"mother angry\"~2")).containsExactly("d01:2");
        assertThat(turns("\"mother angry\"~4")).containsExactly("d01:2", "d02:2");
        assertThat(turns("moth*")).containsExactly("d01:1", "d01:2", "d01:4", "d02:2", "d02:3");
        assertThat(turns("mothr~")).contains("d01:1");
        // Stop words the stemmed text drops are still found, in the exact text.
        assertThat(turns("the")).containsExactly("d01:4");
        // Apostrophes, straight or curly, are one.
        assertThat(turns("\"don't know\"")).containsExactly("d01:4", "d02:2");
        assertThat(turns("\"don’t know\"")).containsExactly("d01:4", "d02:2");
    }

    @Test
    void fieldsAreNamedForPeople() {
        assertThat(turns("role:client")).containsExactly("d01:2", "d01:4", "d02:2");
        assertThat(turns("role:Other")).containsExactly("d02:3");
        assertThat(turns("speaker:\"Dr Lee\"")).containsExactly("d01:1", "d01:3", "d01:5");
        assertThat(turns("speaker:sam")).containsExactly("d01:2", "d01:4");
        assertThat(turns("transcript:d02-s01")).containsExactly("d02:1", "d02:2", "d02:3");
        assertThat(turns("dyad:D01 AND turn:[2 TO 3]")).containsExactly("d01:2", "d01:3");
        assertThat(turns("turn:{2 TO 4]")).containsExactly("d01:3", "d01:4", "d02:3");
        assertThat(turns("session:1 AND date:[2024-06-01 TO *]")).containsExactly("d02:1", "d02:2", "d02:3");
        assertThat(turns("date:2024-03-05 AND start:[00:00:20 TO 0:40]")).containsExactly("d01:2", "d01:3", "d01:4");
        assertThat(turns("end:49")).containsExactly("d01:4");
        assertThat(turns("exact:mothers")).containsExactly("d01:4");
    }

    @Test
    void codesByIdNameGroupAndCoder() {
        assertThat(turns("code:amplification")).containsExactly("d01:3");
        assertThat(turns("code:\"Staying with feeling\"")).containsExactly("d01:5");
        assertThat(turns("code:client-form")).containsExactly("d01:2", "d01:4", "d02:2");
        assertThat(turns("code:\"Client form\"")).containsExactly("d01:2", "d01:4", "d02:2");
        assertThat(turns("code:chronicle")).containsExactly("d01:2", "d02:2");
        assertThat(turns("code:\"ben/chronicle\"")).containsExactly("d01:2", "d02:2");
        assertThat(turns("code:\"anna/chronicle\"")).isEmpty();
        assertThat(turns("code:chronicle", "anna")).isEmpty();
        assertThat(turns("code:narrative", "anna")).containsExactly("d01:2", "d01:4");
        assertThat(turns("code:narrative", "ben")).isEmpty();
        assertThat(turns("code:*shift")).containsExactly("d01:4");
        assertThat(turns("coder:ben")).containsExactly("d01:2", "d01:3", "d02:2");
        assertThat(turns("code:narrative AND NOT code:chronicle")).containsExactly("d01:4");
    }

    @Test
    void sequenceFieldsLookAtTheTurnBeforeAndAfter() {
        assertThat(turns("prev.code:amplification")).containsExactly("d01:4");
        assertThat(turns("next.code:amplification")).containsExactly("d01:2");
        assertThat(turns("code:amplification AND next.code:self-state-shift")).containsExactly("d01:3");
        assertThat(turns("prev.role:client")).containsExactly("d01:3", "d01:5", "d02:3");
        assertThat(turns("next.role:client AND role:therapist")).containsExactly("d01:1", "d01:3", "d02:1");
        assertThat(turns("prev.speaker:sam")).containsExactly("d01:3", "d01:5");
        assertThat(turns("next.coder:ben")).containsExactly("d01:1", "d01:2", "d02:1");
        assertThat(turns("prev.code:\"anna/narrative\"")).containsExactly("d01:3", "d01:5");
        assertThat(turns("prev.code:narrative", "ben")).isEmpty();
        // No sequence runs across transcripts.
        assertThat(turns("prev.role:other")).isEmpty();
    }

    @Test
    void scaleValuesAreRanges() {
        index.rebuild("s2", 1, List.of(first(List.of(
                new Coding("anna", "d01-s01", "level", new Span(2, 0, 2, 1), new BigDecimal("5"), null, NOW, NOW),
                new Coding("Ben", "d01-s01", "level", new Span(2, 0, 2, 1), new BigDecimal("3"), null, NOW, NOW),
                new Coding("anna", "d01-s01", "level", new Span(4, 0, 4, 1), new BigDecimal("6.5"), null, NOW, NOW)))),
                BuildProgress.NONE);
        Codebook scaled = new Codebook("Scaled", "1", null, null, null, null, List.of(new CodeGroup("experiencing",
                "Experiencing", null, true, AppliesTo.CLIENT, List.of(new Code("level", "Experiencing level", null, null, null,
                List.of(), null, null, org.attune.model.CodeKind.SCALE, org.attune.model.ScaleMeasure.ORDINAL, List.of(
                        new org.attune.model.ScaleLevel(new BigDecimal("1"), "low"),
                        new org.attune.model.ScaleLevel(new BigDecimal("7"), "high")))))));
        vocabulary = QueryVocabulary.of(scaled, List.of("anna", "Ben"));
        assertThat(turns("value.level:[5 TO 7]")).containsExactly("d01:2", "d01:4");
        assertThat(turns("value.experiencing:[5 TO 7]")).containsExactly("d01:2", "d01:4");
        assertThat(turns("value.experiencing:{5 TO 7]")).containsExactly("d01:4");
        assertThat(turns("value.experiencing:3")).containsExactly("d01:2");
        assertThat(turns("value.experiencing:[5 TO 7]", "ben")).isEmpty();
        assertThat(turns("value.level:[* TO 4]", "ben")).containsExactly("d01:2");
        assertThat(search("role:client").hits().get(0).codings()).containsExactly(
                new SearchHit.Coded("anna", "level", new BigDecimal("5")), new SearchHit.Coded("Ben", "level", new BigDecimal("3")));
    }

    @Test
    void aQueryThatCannotBeUnderstoodSaysWhereAndWhy() {
        assertProblem("mother AND", "the query ends too soon: something should follow 'AND'", 10);
        assertProblem("\"mother angry", "a quotation mark is not closed", 0);
        assertProblem("(mother OR felt", "the query ends too soon: something should follow 'felt'", 15);
        assertProblem("mother)", "a ')' without its '(', or an empty group", 6);
        assertProblem("felt AND colour:red", "unknown field 'colour': fields are text, exact, code, coder, role, speaker,", 9);
        assertProblem("code:amplify", "no code or group 'amplify' in the codebook; did you mean amplification?", 5);
        assertProblem("role:patient", "unknown role 'patient': roles are therapist, client and other", 5);
        assertProblem("coder:carla", "no coder 'carla': coders are anna, Ben", 6);
        assertProblem("session:two", "session takes a whole number, as in session:2, not 'two'", 8);
        assertProblem("date:5/3/2024", "date takes a day as YYYY-MM-DD", 5);
        assertProblem("[1 TO 2]", "a range needs a field, as in session:[2 TO 3]", 1);
        assertProblem("code:[a TO b]", "codes have no order", 0);
        assertProblem("value.narrative:[1 TO 2]", "'narrative' is not a scale code: the codebook has no scale codes", 0);
        assertProblem("session:2*", "* and ? work on words and names, not on session", 0);
        assertThatThrownBy(() -> search("mother", "carla")).hasMessage("no coder 'carla': coders are anna, Ben");
    }

    private void assertProblem(String query, String problem, int position) {
        assertThatThrownBy(() -> search(query)).isInstanceOfSatisfying(QuerySyntaxException.class, e -> {
            assertThat(e.problem()).startsWith(problem);
            assertThat(e.position()).isEqualTo(position);
            assertThat(e.getMessage()).endsWith("\n  " + query + "\n  " + " ".repeat(position) + "^");
        });
    }

    @Test
    void hitsFacetsAndKwicLines() {
        SearchResult result = search("mother");
        assertThat(result.total()).isEqualTo(5);
        SearchHit second = result.hits().get(1);
        assertThat(second.transcript()).isEqualTo("d01-s01");
        assertThat(second.turn()).isEqualTo(2);
        assertThat(second.speaker()).isEqualTo("Sam");
        assertThat(second.role()).isEqualTo("client");
        assertThat(second.startMs()).isEqualTo(20_000L);
        assertThat(second.codes()).containsExactly("narrative", "chronicle");
        assertThat(second.fragment().marked(s -> "<" + s + ">")).isEqualTo("My <mother> was so angry with me. I felt small.");
        assertThat(result.hits().get(2).fragment().marked(s -> "<" + s + ">"))
                .isEqualTo("Yes. The feelings come back when <mothers> shout. I don’t know why.");
        assertThat(result.facets().get("role")).containsExactly(java.util.Map.entry("client", 3L),
                java.util.Map.entry("other", 1L), java.util.Map.entry("therapist", 1L));
        assertThat(result.facets().get("transcript")).containsEntry("d01-s01", 3L).containsEntry("d02-s01", 2L);
        assertThat(result.facets().get("code")).containsEntry("narrative", 2L).containsEntry("chronicle", 2L)
                .containsEntry("self-state-shift", 1L).hasSize(3);
        assertThat(result.facets().get("coder")).containsEntry("anna", 2L).containsEntry("Ben", 2L);
        assertThat(search("mother", "anna").facets().get("code")).containsEntry("narrative", 2L).doesNotContainKey("chronicle");
        assertThat(result.kwic()).extracting(KwicLine::keyword).containsExactly("mother", "mother", "mothers", "mother", "mother");
        KwicLine line = result.kwic().get(0);
        assertThat(line.left()).isEqualTo("How are you feeling about your ");
        assertThat(line.right()).isEqualTo(" today?");
        assertThat(search("\"mother angry\"~4").kwic()).extracting(KwicLine::keyword)
                .containsExactly("mother was so angry", "mother, maybe. She was always angry");
    }

    @Test
    void aTurnThatHoldsAWordAHundredThousandTimesGivesItsFirstThousand() {
        // A whole book pasted as one turn: listing every match would fill the memory.
        String huge = "I feel it again. ".repeat(100_000);
        index.rebuild("s2", 1, List.of(new IndexedTranscript(new TranscriptSummary("big", "big.txt", "txt", "h3", NOW,
                new SessionInfo("d03", 1, null), 1), List.of(t(1, "Sam", Role.CLIENT, huge)), List.of())), BuildProgress.NONE);
        SearchResult result = search("feel");
        assertThat(result.total()).isEqualTo(1);
        assertThat(result.kwic()).hasSize(CorpusSearch.MAX_MATCHES_PER_TURN);
        assertThat(result.kwic().getFirst().keyword()).isEqualTo("feel");
        assertThat(result.kwic().getFirst().left()).isEqualTo("I ");
    }

    @Test
    void kwicOfAQueryWithoutWordsListsItsTurnsWithTheirCodes() {
        SearchResult result = search("code:narrative");
        assertThat(result.kwic()).extracting(KwicLine::turn).containsExactly(2, 4);
        assertThat(result.kwic()).allSatisfy(line -> {
            assertThat(line.matched()).isFalse();
            assertThat(line.left()).isEmpty();
        });
        assertThat(result.kwic().get(0).right()).isEqualTo("My mother was so angry with me. I felt small.");
        assertThat(result.kwic().get(1).right()).isEqualTo("Yes. The feelings come back when mothers shout. I don’t know why.");
        assertThat(result.kwic().get(0).codes()).containsExactly("narrative", "chronicle");
        // A word and a code: the word's turns in context, the code's other turns by their opening.
        SearchResult mixed = search("shout OR code:chronicle");
        assertThat(mixed.kwic()).extracting(KwicLine::keyword).containsExactly("", "shout", "");
    }

    @Test
    void relevanceOrderPutsTheBestMatchFirst() {
        List<SearchHit> hits = index.search(new SearchRequest("angry mother OR angry", null, 10, ResultOrder.RELEVANCE,
                false, false), vocabulary).hits();
        assertThat(hits).isNotEmpty();
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
        }
        assertThat(index.search(new SearchRequest("mother", null, 2, ResultOrder.TRANSCRIPT, false, false), vocabulary))
                .satisfies(r -> {
                    assertThat(r.total()).isEqualTo(5);
                    assertThat(r.hits()).hasSize(2);
                    assertThat(r.hits().get(0).score()).isNaN();
                });
        assertThat(index.search(new SearchRequest("mother", null, 0, ResultOrder.TRANSCRIPT, false, false), vocabulary).total())
                .isEqualTo(5);
    }

    @Test
    void hitsComeInTranscriptOrderAcrossSegmentsAndUpdates() {
        // Transcripts given out of order, one without a dyad or session (it sorts last), in two
        // rebuild batches' worth of segments, then an update that rewrites turns into a new segment.
        List<IndexedTranscript> transcripts = new ArrayList<>();
        String[][] sessions = {{"d02", "2"}, {null, null}, {"d01", "10"}, {"d01", "2"}, {"d02", "1"}, {"d01", "1"}};
        for (int i = 0; i < sessions.length; i++) {
            String dyad = sessions[i][0];
            Integer session = sessions[i][1] == null ? null : Integer.valueOf(sessions[i][1]);
            String name = dyad == null ? "loose" : dyad + "-s" + session;
            List<Turn> turns = new ArrayList<>();
            for (int n = 1; n <= 40; n++) {
                turns.add(t(n, n % 2 == 1 ? "Dr Lee" : "Sam", n % 2 == 1 ? Role.THERAPIST : Role.CLIENT,
                        n % 3 == 0 ? "My mother again." : "Something else."));
            }
            transcripts.add(new IndexedTranscript(new TranscriptSummary(name, name + ".txt", "txt", "h" + i, NOW,
                    new SessionInfo(dyad, session, null), turns.size()), turns, List.of()));
        }
        index.rebuild("s1", transcripts.size(), transcripts, BuildProgress.NONE);
        IndexedTranscript recoded = transcripts.get(3);
        assertThat(index.update("s1", "s2", List.of(new IndexedTranscript(recoded.summary(), recoded.turns(),
                List.of(coding("anna", recoded.name(), "narrative", 6), coding("anna", recoded.name(), "narrative", 30)))),
                List.of())).isEqualTo(2 + 4);

        List<String> expected = new ArrayList<>();
        for (String name : List.of("d01-s1", "d01-s2", "d01-s10", "d02-s1", "d02-s2", "loose")) {
            for (int n = 3; n <= 40; n += 3) {
                expected.add(name + ":" + n);
            }
        }
        for (int limit : new int[] {1, 7, 20, expected.size(), 1000}) {
            SearchResult result = index.search(new SearchRequest("mother", null, limit, ResultOrder.TRANSCRIPT, false, false),
                    vocabulary);
            assertThat(result.total()).isEqualTo(expected.size());
            assertThat(result.hits().stream().map(h -> h.transcript() + ":" + h.turn()).toList()).as("limit " + limit)
                    .isEqualTo(expected.subList(0, Math.min(limit, expected.size())));
        }
    }

    @Test
    void anUpdateRewritesOnlyTheTurnsItChanges() {
        assertThat(index.isCurrent("s1")).isTrue();
        List<Coding> more = new ArrayList<>(CODINGS);
        more.add(coding("anna", "d01-s01", "amplification", 1));
        // Turn 1 gains a code, turn 2 a previous turn's code: two documents.
        assertThat(index.update("s1", "s2", List.of(first(more)), List.of())).isEqualTo(2);
        assertThat(index.isCurrent("s2")).isTrue();
        assertThat(turns("code:amplification")).containsExactly("d01:1", "d01:3");
        assertThat(turns("prev.code:amplification")).containsExactly("d01:2", "d01:4");
        assertThat(index.update("s2", "s3", List.of(first(more)), List.of())).isZero();
        // An index that was not current is left alone, stale.
        assertThat(index.update("s1", "s4", List.of(first(CODINGS)), List.of())).isEqualTo(-1);
        assertThat(index.isCurrent("s4")).isFalse();
    }

    @Test
    void removedTranscriptsLeave() {
        assertThat(index.update("s1", "s2", List.of(), List.of("d02-s01"))).isEqualTo(3);
        assertThat(turns("mother")).containsExactly("d01:1", "d01:2", "d01:4");
        assertThat(index.size()).isEqualTo(5);
    }

    @Test
    void turnsInTranscriptOrderWithOneCodersCodesOrAll() {
        List<String> all = new ArrayList<>();
        index.visitTurns(null, (transcript, turn, role, codes) -> all.add(transcript + ":" + turn + ":" + role.label()
                + ":" + codes.stream().sorted().toList()));
        assertThat(all).containsExactly(
                "d01-s01:1:therapist:[]", "d01-s01:2:client:[chronicle, narrative]", "d01-s01:3:therapist:[amplification]",
                "d01-s01:4:client:[narrative, self-state-shift]", "d01-s01:5:therapist:[staying-with-feeling]",
                "d02-s01:1:therapist:[]", "d02-s01:2:client:[chronicle]", "d02-s01:3:other:[]");
        List<String> bens = new ArrayList<>();
        index.visitTurns("Ben", (transcript, turn, role, codes) -> bens.add(turn + ":" + codes));
        assertThat(bens).containsExactly("1:[]", "2:[chronicle]", "3:[amplification]", "4:[]", "5:[]", "1:[]", "2:[chronicle]", "3:[]");
    }

    @Test
    void anotherHolderOfTheFolderMakesARebuildGoToMemory() {
        try (CorpusIndex second = CorpusIndex.open(dir.resolve("i"), true)) {
            assertThat(second.isCurrent("s1")).isTrue();
            second.rebuild("s9", 2, List.of(first(CODINGS), second()), BuildProgress.NONE);
            assertThat(second.inMemory()).isTrue();
            assertThat(second.isCurrent("s9")).isTrue();
            assertThat(second.search(SearchRequest.of("mother", 10), vocabulary).total()).isEqualTo(5);
        }
        assertThat(index.inMemory()).isFalse();
        assertThat(index.isCurrent("s1")).isTrue();
    }
}
