package org.attune.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.attune.analysis.CooccurrenceTable;
import org.attune.index.ResultOrder;
import org.attune.index.SearchHit;
import org.attune.index.SearchRequest;
import org.attune.index.SearchResult;
import org.attune.model.Coding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of read as a coder in a blind round sees it: anna works blind on d01-s01, where
 * ben coded too (and left a memo); a lead outside the round, and anna on the other transcripts,
 * see everything as before.
 */
class BlindViewerTest {

    static final String BLIND = "d01-s01";
    static final String OPEN = "d01-s02";
    static final String BENS_MEMO = "zebra crossing: ben's own note";

    @TempDir
    Path dir;

    private Workbench workbench;

    @BeforeEach
    void blindRoundWhereBenCodedToo() {
        workbench = DemoProject.build(dir.resolve("demo.attune"), Progress.NONE).workbench();
        workbench.createRound("blind", List.of("anna", "ben"), List.of(BLIND), List.of(), true);
        Coding bens = workbench.codings(BLIND).stream().filter(c -> c.coder().equals("ben")).findFirst().orElseThrow();
        workbench.applyCode("ben", BLIND, bens.codeId(), bens.span(), bens.value(), BENS_MEMO);
        assertThat(workbench.codings(BLIND)).anyMatch(c -> BENS_MEMO.equals(c.memo()));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        workbench.close();
    }

    private CoderView anna() {
        return workbench.seenBy("Anna");
    }

    @Test
    void theBlindCoderWorksBlindOnTheRoundsTranscriptsOnly() {
        assertThat(anna().coder()).isEqualTo("anna");
        assertThat(anna().blindTranscripts()).containsExactly(BLIND);
        assertThat(workbench.seenBy("lead").blindTranscripts()).isEmpty();
    }

    @Test
    void codingsOfABlindTranscriptAreTheCodersOwnAndElsewhereEveryones() {
        List<Coding> all = workbench.codings(BLIND);
        assertThat(all).anyMatch(c -> c.coder().equals("ben"));
        assertThat(anna().codings(BLIND)).isNotEmpty().allMatch(c -> c.coder().equals("anna"))
                .containsExactlyElementsOf(all.stream().filter(c -> c.coder().equals("anna")).toList());
        assertThat(anna().codings(OPEN)).containsExactlyElementsOf(workbench.codings(OPEN));
        assertThat(workbench.seenBy("lead").codings(BLIND)).containsExactlyElementsOf(all);
    }

    @Test
    void memosOfOtherCodersOnABlindTranscriptAreNotShown() {
        assertThat(anna().memos(BLIND)).noneMatch(c -> BENS_MEMO.equals(c.memo())).allMatch(c -> c.coder().equals("anna"));
        assertThat(workbench.seenBy("lead").memos(BLIND)).anyMatch(c -> BENS_MEMO.equals(c.memo()));
        assertThat(workbench.seenBy("ben").memos(BLIND)).anyMatch(c -> BENS_MEMO.equals(c.memo()));
    }

    @Test
    void theCodebooksCountsLeaveOutOtherCodersCodingsOnBlindTranscripts() {
        Map<String, Long> expected = new HashMap<>();
        for (var t : workbench.transcripts()) {
            workbench.codings(t.name()).stream().filter(c -> !t.name().equals(BLIND) || c.coder().equals("anna"))
                    .forEach(c -> expected.merge(c.codeId(), 1L, Long::sum));
        }
        assertThat(anna().codebook().orElseThrow().codings()).isEqualTo(expected);
        assertThat(workbench.seenBy("lead").codebook().orElseThrow().codings()).isEqualTo(workbench.codebook().orElseThrow().codings());
        assertThat(anna().codebook().orElseThrow().codings()).isNotEqualTo(workbench.codebook().orElseThrow().codings());
    }

    private SearchResult search(CoderView view, String query) {
        return view.search(new SearchRequest(query, null, 100_000, ResultOrder.TRANSCRIPT, true, false), Progress.NONE);
    }

    @Test
    void searchHitsAndTheirCodesOnABlindTranscriptAreTheCodersOwn() {
        SearchResult asAnna = search(anna(), "transcript:" + BLIND);
        assertThat(asAnna.hits()).hasSize(workbench.transcript(BLIND).turns().size());
        Map<Integer, Set<String>> annas = codesByTurn(workbench.codings(BLIND), "anna");
        for (SearchHit hit : asAnna.hits()) {
            assertThat(hit.codings()).allMatch(c -> c.coder().equals("anna"));
            assertThat(new TreeSet<>(hit.codes())).as("turn " + hit.turn()).isEqualTo(annas.getOrDefault(hit.turn(), Set.of()));
        }
        SearchResult asLead = search(workbench.seenBy("lead"), "transcript:" + BLIND);
        assertThat(asLead.hits()).anyMatch(h -> h.codings().stream().anyMatch(c -> c.coder().equals("ben")));
        // Outside the round, as before: the same hits, codes and facets as a search that sees everyone.
        SearchResult open = search(anna(), "transcript:" + OPEN);
        SearchResult everyone = workbench.search(new SearchRequest("transcript:" + OPEN, null, 100_000, ResultOrder.TRANSCRIPT, true, false),
                Progress.NONE);
        assertThat(open).isEqualTo(everyone);
        assertThat(open.hits()).anyMatch(h -> h.codings().stream().anyMatch(c -> c.coder().equals("ben")));
    }

    @Test
    void aQueryOnABlindTranscriptMatchesOnlyTheCodersOwnCodings() {
        Map<Integer, Set<String>> annas = codesByTurn(workbench.codings(BLIND), "anna");
        Map<Integer, Set<String>> bens = codesByTurn(workbench.codings(BLIND), "ben");
        // A code ben gave on a turn where anna did not.
        String code = bens.entrySet().stream().flatMap(e -> e.getValue().stream()
                .filter(c -> !annas.getOrDefault(e.getKey(), Set.of()).contains(c))).findFirst().orElseThrow();
        Set<Integer> annasTurns = annas.entrySet().stream().filter(e -> e.getValue().contains(code)).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        String query = "code:" + code + " AND transcript:" + BLIND;
        assertThat(turns(search(anna(), query))).isEqualTo(annasTurns);
        assertThat(turns(search(workbench.seenBy("lead"), query))).containsAll(annasTurns).hasSizeGreaterThan(annasTurns.size());
        // NOT sees the same: every turn anna did not give the code.
        assertThat(search(anna(), "NOT code:" + code + " AND transcript:" + BLIND).total())
                .isEqualTo(workbench.transcript(BLIND).turns().size() - annasTurns.size());
        // Another coder's codings cannot be reached by name, pattern, pair or neighbour.
        for (String theirs : List.of("coder:ben", "coder:b*", "coder:/be./", "coder:[b TO c]", "code:\"ben/" + code + "\"",
                "prev.coder:ben", "next.coder:ben")) {
            assertThat(search(anna(), theirs + " AND transcript:" + BLIND).total()).as(theirs).isZero();
            assertThat(search(workbench.seenBy("lead"), theirs + " AND transcript:" + BLIND).total()).as(theirs).isPositive();
            assertThat(search(anna(), theirs + " AND transcript:" + OPEN).total()).as(theirs).isPositive();
        }
        assertThat(search(anna(), "coder:anna AND transcript:" + BLIND).total()).isEqualTo(annas.size());
        // Searching ben's codes as anna finds none of them where she works blind, and still finds the words.
        SearchResult bensAsAnna = anna().search(new SearchRequest("transcript:" + BLIND, "ben", 100_000, ResultOrder.TRANSCRIPT,
                true, false), Progress.NONE);
        assertThat(bensAsAnna.total()).isEqualTo(workbench.transcript(BLIND).turns().size());
        assertThat(bensAsAnna.hits()).allMatch(h -> h.codings().isEmpty());
    }

    @Test
    void facetsCountOnlyTheCodersOwnCodingsOnABlindTranscript() {
        Map<Integer, Set<String>> annas = codesByTurn(workbench.codings(BLIND), "anna");
        Map<String, Long> expected = new HashMap<>();
        annas.values().forEach(codes -> codes.forEach(c -> expected.merge(c, 1L, Long::sum)));
        SearchResult asAnna = search(anna(), "transcript:" + BLIND);
        assertThat(asAnna.facets().get("code")).isEqualTo(expected);
        assertThat(asAnna.facets().get("coder")).containsOnlyKeys("anna").containsEntry("anna", (long) annas.size());
        assertThat(search(workbench.seenBy("lead"), "transcript:" + BLIND).facets().get("coder")).containsKeys("anna", "ben");
        // Over both transcripts: ben counts on the open one only.
        SearchResult both = search(anna(), "transcript:(" + BLIND + " OR " + OPEN + ")");
        long bensOpenTurns = codesByTurn(workbench.codings(OPEN), "ben").size();
        assertThat(both.facets().get("coder")).containsEntry("ben", bensOpenTurns);
    }

    @Test
    void coOccurrenceAndSequencesCountOnlyTheCodersOwnCodesOnABlindTranscript() throws java.io.IOException {
        CooccurrenceTable asAnna = anna().cooccurrence(null, 1, Progress.NONE);
        var lagAsAnna = anna().sequences(null, 1, null, null, Progress.NONE);
        CooccurrenceTable asLead = workbench.seenBy("lead").cooccurrence(null, 1, Progress.NONE);
        assertThat(asLead).isEqualTo(workbench.cooccurrence(null, 1, Progress.NONE));
        assertThat(asAnna).isNotEqualTo(asLead);
        // What anna sees is the table of the same project without ben's codings of the blind transcript.
        try (Workbench without = Workbench.create(dir.resolve("without.attune"))) {
            List<Path> samples = java.util.stream.Stream.of("d01-s01.txt", "d01-s02.vtt", "d01-s03.txt", "d02-s01.srt",
                    "d02-s02.csv", "d02-s03.docx").map(f -> Path.of("samples", f)).toList();
            without.importFiles(samples, ImportOptions.defaults().withRoles(DemoProject.THERAPISTS, DemoProject.CLIENTS), Progress.NONE);
            without.useCodebook(Path.of("codebooks", DemoProject.DEFAULT_CODEBOOK), false);
            for (String coder : List.of("anna", "ben", "carla")) {
                List<String> rows = java.nio.file.Files.readAllLines(Path.of("samples", "codings", coder + ".csv")).stream()
                        .filter(r -> !r.startsWith("ben," + BLIND + ",")).toList();
                without.importCodings(java.nio.file.Files.write(dir.resolve(coder + ".csv"), rows));
            }
            assertThat(without.codings(BLIND)).noneMatch(c -> c.coder().equals("ben"));
            assertThat(asAnna).isEqualTo(without.cooccurrence(null, 1, Progress.NONE));
            assertThat(lagAsAnna).isEqualTo(without.sequences(null, 1, null, null, Progress.NONE));
        }
    }

    @Test
    void agreementAndConsensusOverABlindTranscriptAreRefusedWithTheReason() {
        AgreementRequest all = new AgreementRequest(List.of("anna", "ben"), List.of(), List.of(), List.of(), 0, 1);
        assertThatThrownBy(() -> anna().agreement(all, Progress.NONE)).isInstanceOfSatisfying(BlindRefusal.class, r -> {
            assertThat(r.coder()).isEqualTo("anna");
            assertThat(r.asked()).isEqualTo(BlindRefusal.Asked.AGREEMENT);
            assertThat(r.transcripts()).containsExactly(BLIND);
            assertThat(r.getMessage()).contains("anna works blind on " + BLIND).contains("agreement");
        });
        assertThatThrownBy(() -> anna().disagreements(all, Progress.NONE)).isInstanceOf(BlindRefusal.class);
        assertThatThrownBy(() -> anna().spanAgreement(all, 0.5, Progress.NONE)).isInstanceOf(BlindRefusal.class);
        assertThatThrownBy(() -> anna().exportAgreement(all, dir.resolve("a.xlsx"), false, Progress.NONE))
                .isInstanceOf(BlindRefusal.class);
        assertThat(dir.resolve("a.xlsx")).doesNotExist();
        // Other transcripts, and anyone outside the round, as before.
        AgreementRequest open = new AgreementRequest(List.of("anna", "ben"), List.of(OPEN), List.of(), List.of(), 0, 1);
        assertThat(anna().agreement(open, Progress.NONE).lines().toString()).isEqualTo(workbench.agreement(open, Progress.NONE).lines().toString());
        assertThat(workbench.seenBy("lead").agreement(all, Progress.NONE).transcripts()).contains(BLIND);

        long codings = workbench.summary().codings();
        assertThatThrownBy(() -> anna().startConsensus(all, "agreed", Progress.NONE))
                .isInstanceOfSatisfying(BlindRefusal.class, r -> assertThat(r.asked()).isEqualTo(BlindRefusal.Asked.CONSENSUS));
        AgreementRequest byDyad = new AgreementRequest(List.of("anna", "ben"), List.of(), List.of("d01"), List.of(), 0, 1);
        assertThatThrownBy(() -> anna().settleConsensus(byDyad, "agreed", List.of(), "anna", Progress.NONE))
                .isInstanceOf(BlindRefusal.class);
        assertThat(workbench.summary().codings()).isEqualTo(codings);
        assertThat(workbench.coders()).noneMatch(c -> c.name().equals("agreed"));
    }

    @Test
    void exportingTheProjectAsABlindCoderIsRefusedAndWritesNothing() {
        Path out = dir.resolve("all.qdpx");
        assertThatThrownBy(() -> anna().exportProject(out, null)).isInstanceOfSatisfying(BlindRefusal.class, r -> {
            assertThat(r.asked()).isEqualTo(BlindRefusal.Asked.EXPORT);
            assertThat(r.getMessage()).startsWith("anna works blind on " + BLIND).contains("outside the round");
        });
        assertThat(out).doesNotExist();
        assertThat(workbench.seenBy("lead").exportProject(out, null).codings()).isPositive();
        assertThat(out).exists();
    }

    @Test
    void comparingWithAnotherCoderIsRefusedOnABlindTranscriptOnly() {
        assertThatThrownBy(() -> anna().compareWith("ben", BLIND))
                .isInstanceOfSatisfying(BlindRefusal.class, r -> assertThat(r.asked()).isEqualTo(BlindRefusal.Asked.COMPARISON));
        assertThat(anna().compareWith("ben", OPEN)).isNotEmpty().allMatch(c -> c.coder().equals("ben"));
        assertThat(workbench.seenBy("lead").compareWith("ben", BLIND)).isNotEmpty();
    }

    @Test
    void theCodersCountOnlyTheCodingsTheCoderMaySee() {
        Map<String, org.attune.model.CoderSummary> all = workbench.coders().stream()
                .collect(Collectors.toMap(org.attune.model.CoderSummary::name, c -> c));
        Map<String, org.attune.model.CoderSummary> asAnna = anna().coders().stream()
                .collect(Collectors.toMap(org.attune.model.CoderSummary::name, c -> c));
        long bensThere = workbench.codings(BLIND).stream().filter(c -> c.coder().equals("ben")).count();
        assertThat(bensThere).isPositive();
        assertThat(asAnna.get("ben").codings()).isEqualTo(all.get("ben").codings() - bensThere);
        assertThat(asAnna.get("ben").transcripts()).isEqualTo(all.get("ben").transcripts() - 1);
        assertThat(asAnna.get("anna")).isEqualTo(all.get("anna"));
        assertThat(asAnna.get("carla")).isEqualTo(all.get("carla"));
        assertThat(workbench.seenBy("lead").coders()).isEqualTo(workbench.coders());
    }

    @Test
    void progressOnABlindTranscriptIsTheCodersOwn() {
        CoderProgress everyone = workbench.coderProgress();
        CoderProgress asAnna = anna().coderProgress();
        assertThat(everyone.codersOf(BLIND)).contains("anna", "ben");
        assertThat(asAnna.codersOf(BLIND)).containsExactly("anna");
        assertThat(asAnna.stage(BLIND, "anna")).isEqualTo(everyone.stage(BLIND, "anna"));
        assertThat(asAnna.codersOf(OPEN)).isEqualTo(everyone.codersOf(OPEN)).contains("ben");
        assertThat(workbench.seenBy("lead").coderProgress()).isEqualTo(everyone);
    }

    static Map<Integer, Set<String>> codesByTurn(List<Coding> codings, String coder) {
        Map<Integer, Set<String>> out = new HashMap<>();
        for (Coding c : codings) {
            if (c.coder().equals(coder)) {
                for (int t = c.span().startTurn(); t <= c.span().endTurn(); t++) {
                    out.computeIfAbsent(t, k -> new TreeSet<>()).add(c.codeId());
                }
            }
        }
        return out;
    }

    private static Set<Integer> turns(SearchResult result) {
        return result.hits().stream().map(SearchHit::turn).collect(Collectors.toCollection(TreeSet::new));
    }
}
