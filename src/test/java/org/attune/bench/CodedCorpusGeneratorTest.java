package org.attune.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.Role;
import org.attune.model.Transcript;
import org.attune.model.Turn;
import org.attune.store.ProjectStore;
import org.attune.workbench.CodingsImportReport;
import org.attune.workbench.Workbench;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search benchmark's corpus: the same every time, of the size asked, and coded as the codebook allows. */
class CodedCorpusGeneratorTest {

    private static final int TURNS = 3_000;

    @TempDir
    static Path folder;
    private static Path codebookFile;
    private static Codebook codebook;

    @BeforeAll
    static void codebook() throws Exception {
        codebookFile = CorpusProject.codebookFile(folder);
        codebook = CorpusProject.codebook(codebookFile);
    }

    private static List<CodedCorpusGenerator.Session> sessions(int turns, long seed) {
        List<CodedCorpusGenerator.Session> all = new ArrayList<>();
        new CodedCorpusGenerator(turns, seed, codebook).forEach(all::add);
        return all;
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        assertThat(sessions(TURNS, 7)).isEqualTo(sessions(TURNS, 7));
        assertThat(sessions(TURNS, 7).get(0).transcript().turns()).isNotEqualTo(sessions(TURNS, 8).get(0).transcript().turns());
    }

    @Test
    void makesExactlyTheTurnsAskedInSessionsOfRealisticLength() {
        List<CodedCorpusGenerator.Session> sessions = sessions(TURNS, CodedCorpusGenerator.SEED);
        assertThat(sessions.stream().mapToInt(s -> s.transcript().turns().size()).sum()).isEqualTo(TURNS);
        assertThat(sessions).allSatisfy(s -> assertThat(s.transcript().turns().size())
                .isBetween(CodedCorpusGenerator.MIN_SESSION_TURNS, 2 * CodedCorpusGenerator.MAX_SESSION_TURNS));
        assertThat(sessions).allSatisfy(s -> {
            assertThat(s.transcript().session().dyad()).matches("d\\d{3}");
            assertThat(s.transcript().session().date()).isNotNull();
            assertThat(s.transcript().name()).isEqualTo(s.transcript().session().dyad() + "-s"
                    + String.format("%02d", s.transcript().session().session()));
        });
        Set<Role> roles = new HashSet<>();
        sessions.forEach(s -> s.transcript().turns().forEach(t -> roles.add(t.role())));
        assertThat(roles).containsExactlyInAnyOrder(Role.THERAPIST, Role.CLIENT, Role.OTHER);
    }

    @Test
    void keepsTheCodebooksRules() {
        CorpusShape shape = new CorpusShape();
        for (CodedCorpusGenerator.Session session : sessions(TURNS, CodedCorpusGenerator.SEED)) {
            shape.add(session);
            Transcript transcript = session.transcript();
            Map<String, Set<String>> exclusiveUnits = new HashMap<>();
            Set<String> formCoded = new HashSet<>();
            for (Coding coding : session.codings()) {
                Turn turn = transcript.turn(coding.span().startTurn());
                Code code = codebook.code(coding.codeId()).orElseThrow();
                CodeGroup group = codebook.groupOf(code.id()).orElseThrow();
                assertThat(coding.span().isWholeTurn(turn.codePoints())).as("whole turn: %s", coding).isTrue();
                assertThat(group.appliesTo().fits(turn.role())).as("%s on a %s turn", code.id(), turn.role()).isTrue();
                if (code.isScale()) {
                    assertThat(code.level(coding.value())).as("level of %s", coding).isPresent();
                } else {
                    assertThat(coding.value()).as("flag %s", coding).isNull();
                }
                if (group.exclusive()) {
                    String unit = coding.coder() + "/" + turn.number() + "/" + group.id();
                    assertThat(exclusiveUnits.computeIfAbsent(unit, u -> new HashSet<>()).add(code.id())).isTrue();
                    assertThat(exclusiveUnits.get(unit)).as("exclusive group %s", unit).hasSize(1);
                }
                if (group.id().endsWith("-form")) {
                    formCoded.add(coding.coder() + "/" + turn.number());
                }
            }
            // Every therapist and client turn gets its form code from both coders; other turns none.
            for (Turn turn : transcript.turns()) {
                for (String coder : List.of(CodedCorpusGenerator.FIRST_CODER, CodedCorpusGenerator.SECOND_CODER)) {
                    assertThat(formCoded.contains(coder + "/" + turn.number())).isEqualTo(turn.role() != Role.OTHER);
                }
            }
        }
        assertThat(shape.agreement()).isBetween(0.75, 0.85);
        assertThat(shape.codings()).isBetween(3L * TURNS, 4L * TURNS);
    }

    @Test
    void theWorkbenchImportsEveryCodingAsItIs() throws Exception {
        List<CodedCorpusGenerator.Session> sessions = sessions(1_000, CodedCorpusGenerator.SEED);
        Path project = folder.resolve("import.attune");
        try (ProjectStore store = ProjectStore.create(project)) {
            store.addTranscripts(sessions.stream().map(CodedCorpusGenerator.Session::transcript).toList());
        }
        StringBuilder csv = new StringBuilder("coder,transcript,turn,code,value\n");
        List<Coding> generated = new ArrayList<>();
        for (CodedCorpusGenerator.Session session : sessions) {
            for (Coding c : session.codings()) {
                csv.append(c.coder()).append(',').append(c.transcript()).append(',').append(c.span().startTurn()).append(',')
                        .append(c.codeId()).append(',').append(c.value() == null ? "" : c.value().toPlainString()).append('\n');
                generated.add(c);
            }
        }
        Path table = folder.resolve("codings.csv");
        Files.writeString(table, csv);
        try (Workbench workbench = Workbench.open(project)) {
            workbench.useCodebook(codebookFile, false);
            CodingsImportReport report = workbench.importCodings(table);
            assertThat(report.added()).isEqualTo(generated.size());
            assertThat(report.replaced()).isZero();
            Set<String> stored = new HashSet<>();
            for (CodedCorpusGenerator.Session session : sessions) {
                workbench.codings(session.transcript().name()).forEach(c -> stored.add(identity(c)));
            }
            assertThat(stored).containsExactlyInAnyOrderElementsOf(generated.stream().map(CodedCorpusGeneratorTest::identity).toList());
        }
    }

    private static String identity(Coding c) {
        BigDecimal value = c.value();
        return c.coder() + "|" + c.transcript() + "|" + c.codeId() + "|" + c.span() + "|" + (value == null ? "" : value.toPlainString());
    }
}
