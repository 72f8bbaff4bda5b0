package org.attune.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.index.ResultOrder;
import org.attune.index.SearchHit;
import org.attune.index.SearchRequest;
import org.attune.index.SearchResult;
import org.attune.model.Coding;
import org.attune.model.Transcript;
import org.attune.model.TranscriptSummary;
import org.attune.model.Turn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches of the sample project checked against the project file itself: what a query finds is
 * worked out here from the turns' text and the stored codings, without the index.
 */
class SampleProjectSearchTest {

    @TempDir
    static Path dir;
    static Workbench workbench;
    static List<Transcript> transcripts;
    static List<Coding> codings;

    @BeforeAll
    static void buildTheDemo() {
        workbench = DemoProject.build(dir.resolve("demo.attune"), Progress.NONE).workbench();
        transcripts = workbench.transcripts().stream().map(s -> workbench.transcript(s.name())).toList();
        codings = transcripts.stream().flatMap(t -> workbench.codings(t.name()).stream()).toList();
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    static SearchResult search(String query) {
        return search(query, null);
    }

    static SearchResult search(String query, String coder) {
        return workbench.search(new SearchRequest(query, coder, 100_000, ResultOrder.TRANSCRIPT, true, false), Progress.NONE);
    }

    static Set<String> found(SearchResult result) {
        assertThat(result.hits()).hasSize((int) result.total());
        Set<String> turns = new LinkedHashSet<>();
        result.hits().forEach(hit -> turns.add(hit.transcript() + "#" + hit.turn()));
        return turns;
    }

    /** The turns whose text has a word, as letters between non-letters, in the list, blind to case. */
    static Set<String> turnsWithWords(Set<String> forms) {
        Pattern word = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
        Set<String> turns = new LinkedHashSet<>();
        for (Transcript t : transcripts) {
            for (Turn turn : t.turns()) {
                Matcher m = word.matcher(turn.text());
                while (m.find()) {
                    String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
                    if (forms.contains(w) || forms.contains(w.replaceAll("'s$", ""))) {
                        turns.add(t.name() + "#" + turn.number());
                        break;
                    }
                }
            }
        }
        return turns;
    }

    /** The turns a coding of one of the codes (by the coder, or anyone) covers. */
    static Set<String> codedTurns(Set<String> codes, String coder) {
        Set<String> turns = new HashSet<>();
        for (Coding c : codings) {
            if (codes.contains(c.codeId()) && (coder == null || coder.equals(c.coder()))) {
                for (int n = c.span().startTurn(); n <= c.span().endTurn(); n++) {
                    turns.add(c.transcript() + "#" + n);
                }
            }
        }
        return turns;
    }

    static int turnCount(String transcript) {
        return transcripts.stream().filter(t -> t.name().equals(transcript)).findFirst().orElseThrow().turns().size();
    }

    @Test
    void theSampleHasEnoughToTell() {
        assertThat(transcripts).hasSize(6);
        assertThat(codings).hasSizeGreaterThan(5000);
    }

    @Test
    void aWordFindsExactlyTheTurnsWithOneOfItsForms() {
        Set<String> feel = turnsWithWords(Set.of("feel", "feels", "feeling", "feelings"));
        assertThat(feel).hasSizeGreaterThan(20);
        assertThat(found(search("feel"))).containsExactlyInAnyOrderElementsOf(feel);
        assertThat(found(search("FEELINGS"))).containsExactlyInAnyOrderElementsOf(feel);

        Set<String> mum = turnsWithWords(Set.of("mum", "mums"));
        assertThat(mum).isNotEmpty();
        assertThat(found(search("mum"))).containsExactlyInAnyOrderElementsOf(mum);
        // A quoted word is that form only.
        assertThat(found(search("\"feelings\""))).containsExactlyInAnyOrderElementsOf(turnsWithWords(Set.of("feelings")));
    }

    @Test
    void aPhraseFindsExactlyTheTurnsWithIt() {
        Pattern phrase = Pattern.compile("(?i)(?<![\\p{L}])I\\s+don['’]t\\s+know(?![\\p{L}])");
        Set<String> expected = new LinkedHashSet<>();
        transcripts.forEach(t -> t.turns().stream().filter(turn -> phrase.matcher(turn.text()).find())
                .forEach(turn -> expected.add(t.name() + "#" + turn.number())));
        assertThat(expected).hasSizeGreaterThan(5);
        // Typed with a plain apostrophe, it finds the turns Word wrote with a curly one too.
        assertThat(found(search("\"I don't know\""))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aCodeFindsExactlyTheCodedTurnsByNameIdGroupOrCoder() {
        Set<String> narrative = codedTurns(Set.of("narrative"), null);
        assertThat(narrative).hasSizeGreaterThan(50);
        assertThat(found(search("code:narrative"))).containsExactlyInAnyOrderElementsOf(narrative);
        assertThat(found(search("code:Narrative"))).containsExactlyInAnyOrderElementsOf(narrative);
        assertThat(found(search("code:\"staying with feeling\"")))
                .containsExactlyInAnyOrderElementsOf(codedTurns(Set.of("staying-with-feeling"), null));
        assertThat(found(search("code:client-form")))
                .containsExactlyInAnyOrderElementsOf(codedTurns(Set.of("script", "chronicle", "narrative"), null));
        Set<String> annas = codedTurns(Set.of("narrative"), "anna");
        assertThat(annas).isNotEmpty().isNotEqualTo(narrative);
        assertThat(found(search("code:\"anna/narrative\""))).containsExactlyInAnyOrderElementsOf(annas);
        assertThat(found(search("code:narrative", "ANNA"))).containsExactlyInAnyOrderElementsOf(annas);
        assertThat(found(search("coder:carla"))).containsExactlyInAnyOrderElementsOf(
                codings.stream().filter(c -> c.coder().equals("carla")).map(c -> c.transcript() + "#" + c.span().startTurn())
                        .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aSequenceQueryFindsExactlyTheTurnsAfterOrBeforeACodedTurn() {
        Set<String> amplified = codedTurns(Set.of("amplification"), null);
        assertThat(amplified).isNotEmpty();
        Set<String> after = new HashSet<>();
        Set<String> before = new HashSet<>();
        for (String turn : amplified) {
            String transcript = turn.substring(0, turn.indexOf('#'));
            int n = Integer.parseInt(turn.substring(turn.indexOf('#') + 1));
            if (n < turnCount(transcript)) {
                after.add(transcript + "#" + (n + 1));
            }
            if (n > 1) {
                before.add(transcript + "#" + (n - 1));
            }
        }
        assertThat(found(search("prev.code:amplification"))).containsExactlyInAnyOrderElementsOf(after);
        assertThat(found(search("next.code:amplification"))).containsExactlyInAnyOrderElementsOf(before);

        Set<String> shifts = codedTurns(Set.of("self-state-shift"), null);
        Set<String> answered = new HashSet<>(after);
        answered.retainAll(shifts);
        assertThat(answered).isNotEmpty();
        assertThat(found(search("code:self-state-shift AND prev.code:amplification"))).containsExactlyInAnyOrderElementsOf(answered);
    }

    @Test
    void facetsCountWhatTheProjectFileHolds() {
        SearchResult all = search("");
        int turns = transcripts.stream().mapToInt(t -> t.turns().size()).sum();
        assertThat(all.total()).isEqualTo(turns);

        Map<String, Long> byRole = new HashMap<>();
        Map<String, Long> bySpeaker = new HashMap<>();
        Map<String, Long> byTranscript = new HashMap<>();
        for (Transcript t : transcripts) {
            for (Turn turn : t.turns()) {
                byRole.merge(turn.role().label(), 1L, Long::sum);
                bySpeaker.merge(turn.speaker(), 1L, Long::sum);
                byTranscript.merge(t.name(), 1L, Long::sum);
            }
        }
        assertThat(all.facets().get("role")).isEqualTo(byRole);
        assertThat(all.facets().get("speaker")).isEqualTo(bySpeaker);
        assertThat(all.facets().get("transcript")).isEqualTo(byTranscript);

        Map<String, Long> byCode = new HashMap<>();
        codings.stream().map(Coding::codeId).distinct()
                .forEach(code -> byCode.put(code, (long) codedTurns(Set.of(code), null).size()));
        assertThat(all.facets().get("code")).isEqualTo(byCode);
        Map<String, Long> byCoder = new HashMap<>();
        for (String coder : List.of("anna", "ben", "carla")) {
            Set<String> coded = new HashSet<>();
            codings.stream().filter(c -> c.coder().equals(coder)).forEach(c -> coded.add(c.transcript() + "#" + c.span().startTurn()));
            byCoder.put(coder, (long) coded.size());
        }
        assertThat(all.facets().get("coder")).isEqualTo(byCoder);

        // Facets count the hits only, and with a coder, that coder's codes.
        SearchResult clients = search("role:client", "ben");
        Set<String> clientTurns = found(clients);
        Map<String, Long> bensOnClientTurns = new HashMap<>();
        codings.stream().filter(c -> c.coder().equals("ben") && clientTurns.contains(c.transcript() + "#" + c.span().startTurn()))
                .map(Coding::codeId).distinct().forEach(code -> {
                    Set<String> coded = codedTurns(Set.of(code), "ben");
                    coded.retainAll(clientTurns);
                    bensOnClientTurns.put(code, (long) coded.size());
                });
        assertThat(clients.facets().get("code")).isEqualTo(bensOnClientTurns);
        assertThat(clients.facets().get("role")).isEqualTo(Map.of("client", byRole.get("client")));
    }

    @Test
    void hitsCarryTheTurnItsCodesAndAMarkedFragment() {
        SearchResult result = workbench.search(new SearchRequest("\"I don't know\"", "anna", 3, ResultOrder.TRANSCRIPT, false, true),
                Progress.NONE);
        assertThat(result.hits()).hasSize(3);
        assertThat(result.total()).isGreaterThan(3);
        SearchHit first = result.hits().get(0);
        Turn turn = workbench.transcript(first.transcript()).turn(first.turn());
        assertThat(first.text()).isEqualTo(turn.text());
        assertThat(first.speaker()).isEqualTo(turn.speaker());
        assertThat(first.role()).isEqualTo(turn.role().label());
        assertThat(first.codes()).containsExactlyInAnyOrderElementsOf(codings.stream()
                .filter(c -> c.coder().equals("anna") && c.transcript().equals(first.transcript()) && c.span().covers(first.turn()))
                .map(Coding::codeId).distinct().toList());
        assertThat(first.fragment().marked(s -> "[" + s + "]")).containsPattern("\\[I don['’]t know\\]");
        assertThat(result.kwic()).isNotEmpty().allSatisfy(line -> assertThat(line.keyword()).matches("(?i)I don['’]t know"));
        // Transcript order: by dyad, session, then turn.
        List<TranscriptSummary> order = workbench.transcripts();
        SearchResult every = search("feel");
        for (int i = 1; i < every.hits().size(); i++) {
            SearchHit a = every.hits().get(i - 1);
            SearchHit b = every.hits().get(i);
            int ta = indexOf(order, a.transcript());
            int tb = indexOf(order, b.transcript());
            assertThat(ta < tb || ta == tb && a.turn() < b.turn()).as(a.transcript() + a.turn() + " before " + b.transcript() + b.turn()).isTrue();
        }
    }

    private static int indexOf(List<TranscriptSummary> order, String name) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name);
    }
}
