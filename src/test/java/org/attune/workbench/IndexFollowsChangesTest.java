package org.attune.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.attune.agreement.Comparison;
import org.attune.agreement.Disagreement;
import org.attune.index.ResultOrder;
import org.attune.index.SearchHit;
import org.attune.index.SearchRequest;
import org.attune.index.SearchResult;
import org.attune.model.Code;
import org.attune.model.CodebookVersion;
import org.attune.model.Role;
import org.attune.model.Span;
import org.attune.model.Turn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index follows each kind of change from what the store reports it changed, and answers
 * every search exactly as an index rebuilt from the project does afterwards: every turn's codes,
 * coders and values, its neighbours' (prev./next.), and the counts by facet.
 */
class IndexFollowsChangesTest {

    @TempDir
    Path dir;

    private static final AgreementRequest ANNA_AND_BEN =
            new AgreementRequest(List.of("anna", "ben"), List.of("d01-s01"), List.of(), List.of(), 0, 1);

    /** Builds the demo with its index, makes a change, and compares the updated index with a rebuilt one. */
    private void afterChange(Consumer<Workbench> change) {
        afterChange(workbench -> { }, change);
    }

    private void afterChange(Consumer<Workbench> setUp, Consumer<Workbench> change) {
        try (Workbench workbench = DemoProject.build(dir.resolve("demo.attune"), Progress.NONE).workbench()) {
            setUp.accept(workbench);
            workbench.index(false, Progress.NONE);
            Map<String, Object> before = answers(workbench);
            change.accept(workbench);
            // Brought along by the change itself, not rebuilt when asked.
            assertThat(workbench.index(false, Progress.NONE).rebuilt()).as("index current after the change").isFalse();
            Map<String, Object> updated = answers(workbench);
            assertThat(workbench.index(true, Progress.NONE).rebuilt()).isTrue();
            Map<String, Object> rebuilt = answers(workbench);
            assertThat(updated.keySet()).containsExactlyElementsOf(rebuilt.keySet());
            for (String query : rebuilt.keySet()) {
                assertThat(updated.get(query)).as(query).isEqualTo(rebuilt.get(query));
            }
            assertThat(updated).as("the change reached the index").isNotEqualTo(before);
        }
    }

    /** The answers to a search for every code and coder, on a turn and on its neighbours, and to one for every turn. */
    private static Map<String, Object> answers(Workbench workbench) {
        List<String> queries = new ArrayList<>();
        for (Code code : workbench.codebook().orElseThrow().codebook().codes()) {
            for (String field : List.of("code:", "prev.code:", "next.code:")) {
                queries.add(field + code.id());
            }
        }
        for (String coder : List.of("anna", "ben", "carla", "dora", "agreed")) {
            for (String field : List.of("coder:", "prev.coder:", "next.coder:")) {
                queries.add(field + coder);
            }
        }
        queries.add("value.experiencing-level:[2 TO 7]");
        Map<String, Object> answers = new LinkedHashMap<>();
        SearchResult all = workbench.search(new SearchRequest("", null, 100_000, ResultOrder.TRANSCRIPT, true, false), Progress.NONE);
        answers.put("", all.hits().stream().map(h -> h.transcript() + "#" + h.turn() + " " + h.role() + " " + h.codes() + " "
                + h.codings()).toList());
        answers.put("facets", all.facets());
        for (String query : queries) {
            SearchResult result;
            try {
                result = workbench.search(new SearchRequest(query, null, 100_000, ResultOrder.TRANSCRIPT, false, false),
                        Progress.NONE);
            } catch (RuntimeException unknownName) {
                answers.put(query, unknownName.getMessage());
                continue;
            }
            answers.put(query, result.hits().stream().map(IndexFollowsChangesTest::where).toList());
        }
        return answers;
    }

    private static String where(SearchHit hit) {
        return hit.transcript() + "#" + hit.turn();
    }

    private static Turn turnOf(Workbench workbench, String transcript, Role role, int from) {
        return workbench.transcript(transcript).turns().stream().filter(t -> t.role() == role && t.number() >= from)
                .findFirst().orElseThrow();
    }

    private static Span whole(Turn turn) {
        return Span.wholeTurn(turn.number(), turn.codePoints());
    }

    @Test
    void applyingACodeOfAnExclusiveGroupRewritesTheTurnAndItsNeighbours() {
        afterChange(workbench -> {
            Turn turn = turnOf(workbench, "d01-s02", Role.THERAPIST, 10);
            workbench.applyCode("dora", "d01-s02", "question", whole(turn), null, null);
            workbench.applyCode("dora", "d01-s02", "statement", whole(turn), null, null); // replaces the question
            workbench.applyCode("anna", "d01-s02", "amplification", whole(turnOf(workbench, "d01-s02", Role.THERAPIST, 20)), null, null);
        });
    }

    @Test
    void aCodeOnASpanOfSeveralTurnsReachesEachOfThemAndTheirNeighbours() {
        afterChange(workbench -> importShortSession(workbench), workbench -> {
            // Turns 2 to 4 are the client's: a span from the middle of 2 to the middle of 4.
            workbench.applyCode("dora", "d03-s01", "chronicle", new Span(2, 3, 4, 5), null, null);
            workbench.applyCode("dora", "d03-s01", "experiencing-level", new Span(3, 0, 4, 2), new java.math.BigDecimal("4"), null);
            // Turn 5's document is rewritten with turn 4's codes: those of codings that start before the turns read.
            workbench.applyCode("ben", "d03-s01", "experiencing-level", whole(workbench.transcript("d03-s01").turn(6)),
                    new java.math.BigDecimal("2"), null);
        });
    }

    private void importShortSession(Workbench workbench) {
        Path file = dir.resolve("d03-s01.txt");
        write(file, "Therapist: How have things been since we last met?\n\nClient: Better, I think.\n\n"
                + "Client: Quieter, anyway.\n\nClient: The house is quieter now.\n\nTherapist: Quieter.\n\n"
                + "Client: Yes.\n");
        ImportReport report = workbench.importFiles(List.of(file), ImportOptions.defaults(), Progress.NONE);
        assertThat(report.files()).hasSize(1);
        assertThat(workbench.transcript("d03-s01").turns()).extracting(Turn::role).containsExactly(Role.THERAPIST,
                Role.CLIENT, Role.CLIENT, Role.CLIENT, Role.THERAPIST, Role.CLIENT);
    }

    @Test
    void aScaleCodeOnTheFirstAndLastTurns() {
        afterChange(workbench -> {
            List<Turn> turns = workbench.transcript("d01-s03").turns();
            Turn firstClient = turnOf(workbench, "d01-s03", Role.CLIENT, 1);
            Turn lastClient = turns.reversed().stream().filter(t -> t.role() == Role.CLIENT).findFirst().orElseThrow();
            workbench.applyCode("dora", "d01-s03", "experiencing-level", whole(firstClient), new java.math.BigDecimal("3"), null);
            workbench.applyCode("dora", "d01-s03", "experiencing-level", whole(lastClient), new java.math.BigDecimal("5"), null);
            Turn lastTherapist = turns.reversed().stream().filter(t -> t.role() == Role.THERAPIST).findFirst().orElseThrow();
            workbench.applyCode("dora", "d01-s03", "procedural", whole(lastTherapist), null, null);
        });
    }

    @Test
    void removingCodes() {
        afterChange(workbench -> {
            var codings = workbench.codings("d01-s01").stream().filter(c -> c.coder().equals("anna")).limit(5).toList();
            for (var coding : codings) {
                assertThat(workbench.removeCode("anna", "d01-s01", coding.codeId(), coding.span())).isTrue();
            }
        });
    }

    @Test
    void importingCodings() {
        afterChange(workbench -> {
            Path table = dir.resolve("dora.csv");
            List<String> lines = new ArrayList<>(List.of("coder,transcript,turn,code,value,memo"));
            for (String transcript : List.of("d01-s01", "d02-s02")) {
                for (Turn turn : workbench.transcript(transcript).turns()) {
                    if (turn.role() == Role.THERAPIST && turn.number() % 3 == 0) {
                        lines.add("dora," + transcript + "," + turn.number() + ",coupling,,");
                    }
                }
            }
            write(table, String.join("\n", lines) + "\n");
            workbench.importCodings(table);
        });
    }

    @Test
    void importingATranscript() {
        afterChange(workbench -> {
            importShortSession(workbench);
            workbench.applyCode("dora", "d03-s01", "amplification", whole(workbench.transcript("d03-s01").turn(5)), null, null);
        });
    }

    @Test
    void startingAndSettlingAConsensus() {
        afterChange(workbench -> {
            ConsensusReport started = workbench.startConsensus(ANNA_AND_BEN, "agreed", Progress.NONE);
            List<Settlement> settlements = new ArrayList<>();
            for (Disagreement open : started.open().stream().filter(d -> d.comparison() == Comparison.PRESENCE).limit(4).toList()) {
                settlements.add(new Settlement(open.transcript(), open.turn(), open.id(), open.comparison(), "present"));
            }
            workbench.settleConsensus(ANNA_AND_BEN, "agreed", settlements, "carla", Progress.NONE);
        });
    }

    @Test
    void mergingACodersPack() {
        Path pack = dir.resolve("dora-pack.attune");
        afterChange(workbench -> {
            workbench.createRound("second", List.of("dora"), List.of("d01-s01", "d02-s03"), List.of(), false);
            workbench.pack("second", "dora", pack);
            try (Workbench dora = Workbench.open(pack)) {
                dora.applyCode("dora", "d01-s01", "amplification", whole(turnOf(dora, "d01-s01", Role.THERAPIST, 4)), null, null);
                dora.applyCode("dora", "d02-s03", "chronicle", whole(turnOf(dora, "d02-s03", Role.CLIENT, 2)), null, null);
            }
            workbench.merge(List.of(pack));
        });
    }

    @Test
    void mergingACodeIntoAnother() {
        afterChange(workbench -> workbench.mergeCodes("coupling", "amplification", true));
    }

    @Test
    void deletingACodeAndRestoringTheCodebook() {
        afterChange(workbench -> {
            List<CodebookVersion> history = workbench.codebookHistory();
            workbench.deleteCode("amplification", true);
            workbench.restoreCodebook(history.getLast().version());
        });
    }

    @Test
    void renamingACodeChangesNoDocumentYetSearchesFindItByItsNewName() {
        try (Workbench workbench = DemoProject.build(dir.resolve("demo.attune"), Progress.NONE).workbench()) {
            workbench.index(false, Progress.NONE);
            Map<String, Object> before = answers(workbench);
            workbench.renameCode("amplification", "Amplifying");
            assertThat(workbench.index(false, Progress.NONE).rebuilt()).isFalse();
            Map<String, Object> updated = answers(workbench);
            SearchRequest byName = new SearchRequest("code:amplifying", null, 100_000, ResultOrder.TRANSCRIPT, false, false);
            List<String> found = workbench.search(byName, Progress.NONE).hits().stream().map(IndexFollowsChangesTest::where).toList();
            workbench.index(true, Progress.NONE);
            assertThat(answers(workbench)).isEqualTo(updated).isEqualTo(before);
            assertThat(found).isNotEmpty().isEqualTo(workbench.search(byName, Progress.NONE).hits().stream()
                    .map(IndexFollowsChangesTest::where).toList());
        }
    }

    @Test
    void aChangeOutsideTheCorpusLeavesTheIndexCurrent() {
        try (Workbench workbench = DemoProject.build(dir.resolve("demo.attune"), Progress.NONE).workbench()) {
            workbench.index(false, Progress.NONE);
            workbench.markDone("anna", List.of("d01-s01"), true);
            workbench.createRound("later", List.of("anna"), List.of("d01-s02"), List.of(), true);
            assertThat(workbench.index(false, Progress.NONE).rebuilt()).isFalse();
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
