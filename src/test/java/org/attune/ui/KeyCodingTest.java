package org.attune.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.attune.model.Coding;
import org.attune.workbench.DemoProject;
import org.attune.workbench.Progress;
import org.attune.workbench.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coding keys on the demo project, without a frame: each action is in the project file as
 * soon as it returns (read back by a second, read-only workbench), the core's rules refuse with a
 * line for the status bar, and undo and redo put the file back as it was.
 */
class KeyCodingTest {

    @TempDir
    Path dir;

    private Path project;
    private ProjectSession session;
    private KeyCoding keys;

    @BeforeEach
    void openDemo() {
        project = dir.resolve("demo.attune");
        session = new ProjectSession(DemoProject.build(project, Progress.NONE).workbench(), "dana");
        session.open("d01-s01");
        keys = new KeyCoding(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** Dana's codings of d01-s01 as another process would read them from the project file. */
    private List<String> saved() {
        try (Workbench reader = Workbench.openReadOnly(project)) {
            return reader.codings("d01-s01").stream().filter(c -> c.coder().equals("dana"))
                    .map(c -> c.span().startTurn() + ":" + c.codeId() + (c.value() == null ? "" : "=" + c.value().toPlainString())
                            + (c.memo() == null ? "" : " [" + c.memo() + "]"))
                    .sorted().toList();
        }
    }

    @Test
    void aCodeKeyAppliesTheCodeToTheTurnAndSavesItAtOnce() {
        keys.moveTo(1);
        Outcome outcome = keys.key("s");
        assertThat(outcome.refused()).isFalse();
        assertThat(outcome.message()).isEqualTo("applied Statement on turn 1");
        assertThat(saved()).containsExactly("1:statement");
        assertThat(session.mine().on(1)).extracting(Coding::codeId).containsExactly("statement");
    }

    @Test
    void pressingTheKeyAgainTakesTheCodeOff() {
        keys.key("s");
        Outcome outcome = keys.key("s");
        assertThat(outcome.message()).isEqualTo("removed Statement on turn 1");
        assertThat(saved()).isEmpty();
    }

    @Test
    void anExclusiveGroupsOtherCodeReplacesTheFirstAndUndoBringsItBack() {
        keys.key("s");
        Outcome replaced = keys.key("q");
        assertThat(replaced.message()).isEqualTo("applied Question on turn 1 (instead of Statement)");
        assertThat(saved()).containsExactly("1:question");

        assertThat(session.undo().message()).isEqualTo("undone: Question on turn 1 (instead of Statement)");
        assertThat(saved()).containsExactly("1:statement");
        assertThat(session.redo().refused()).isFalse();
        assertThat(saved()).containsExactly("1:question");
        session.undo();
        session.undo();
        assertThat(saved()).isEmpty();
        assertThat(session.undo().message()).isEqualTo("nothing to undo");
    }

    @Test
    void aCodeForTheOtherRoleIsRefusedWithTheRuleAndNothingIsSaved() {
        keys.moveTo(1);
        Outcome outcome = keys.key("n");
        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.message()).contains("client", "turn 1", "therapist");
        assertThat(saved()).isEmpty();
        assertThat(keys.key("Z").message()).isEqualTo("no code has the key 'Z'");
    }

    @Test
    void aScaleCodeWaitsForItsLevelAndADigitChangesIt() {
        keys.moveTo(2);
        Outcome waiting = keys.key("E");
        assertThat(waiting.message()).startsWith("Experiencing").contains("press a level", "1, 2, 3, 4, 5, 6, 7");
        assertThat(saved()).isEmpty();
        assertThat(keys.digit(5).message()).startsWith("applied").contains("5 on turn 2");
        assertThat(saved()).containsExactly("2:experiencing-level=5");

        assertThat(keys.digit(3).message()).startsWith("changed").contains("3 on turn 2");
        assertThat(saved()).containsExactly("2:experiencing-level=3");
        assertThat(keys.digit(9).refused()).isTrue();
        session.undo();
        assertThat(saved()).containsExactly("2:experiencing-level=5");
    }

    @Test
    void theRemoveKeyTakesTheChosenCodeElseTheLatestAndUndoPutsItBack() {
        keys.moveTo(1);
        keys.key("s");
        keys.key("t");
        keys.key("f");
        assertThat(keys.remove("tentative-language").message()).isEqualTo("removed Tentative language on turn 1");
        assertThat(saved()).containsExactly("1:feeling-language", "1:statement");
        assertThat(keys.remove(null).refused()).isFalse();
        assertThat(saved()).hasSize(1);
        session.undo();
        session.undo();
        assertThat(saved()).containsExactly("1:feeling-language", "1:statement", "1:tentative-language");
        keys.moveTo(3);
        assertThat(keys.remove(null).refused()).isTrue();
    }

    @Test
    void aSelectionWithinTheTurnIsCodedAsASpan() {
        keys.moveTo(1);
        keys.select(4, 10);
        keys.key("f");
        try (Workbench reader = Workbench.openReadOnly(project)) {
            Coding coding = reader.codings("d01-s01").stream().filter(c -> c.coder().equals("dana")).findFirst().orElseThrow();
            assertThat(coding.span().startOffset()).isEqualTo(4);
            assertThat(coding.span().endOffset()).isEqualTo(10);
        }
    }

    @Test
    void aMemoGoesOnTheCodingAndKeepsItsLevel() {
        keys.moveTo(2);
        keys.key("E");
        keys.digit(4);
        assertThat(keys.memo(null, "voice drops").refused()).isFalse();
        assertThat(saved()).containsExactly("2:experiencing-level=4 [voice drops]");
        session.undo();
        assertThat(saved()).containsExactly("2:experiencing-level=4");
    }

    @Test
    void theCountsShownKeepInStepWithTheProjectFile() {
        long statements = session.codingsOf("statement");
        long questions = session.codingsOf("question");
        keys.key("s");
        keys.key("q");
        keys.moveTo(3);
        keys.key("s");
        assertThat(session.codingsOf("statement")).isEqualTo(statements + 1);
        assertThat(session.codingsOf("question")).isEqualTo(questions + 1);
        keys.remove(null);
        try (Workbench reader = Workbench.openReadOnly(project)) {
            var counted = reader.codebook().orElseThrow();
            assertThat(session.codingsOf("statement")).isEqualTo(counted.codingsOf("statement")).isEqualTo(statements);
            assertThat(session.codingsOf("question")).isEqualTo(counted.codingsOf("question"));
        }
        session.undo();
        assertThat(session.codingsOf("statement")).isEqualTo(statements + 1);
    }

    @Test
    void codebookEditsTakeEffectAtOnceAndUndoLikeCodings() {
        Outcome renamed = session.editCodebook("renamed Statement to Assertion", w -> w.renameCode("statement", "Assertion"),
                w -> w.renameCode("statement", "Statement"));
        assertThat(renamed.refused()).isFalse();
        assertThat(session.name("statement")).isEqualTo("Assertion");
        Outcome rekeyed = session.editCodebook("key Z", w -> w.rekeyCode("statement", "Z"), w -> w.rekeyCode("statement", "s"));
        assertThat(rekeyed.refused()).isFalse();
        keys.moveTo(1);
        assertThat(keys.key("Z").message()).isEqualTo("applied Assertion on turn 1");
        assertThat(keys.key("s").message()).isEqualTo("no code has the key 's'");
        assertThat(session.editCodebook("key q", w -> w.rekeyCode("statement", "q"), null).message()).contains("key 'q' is taken by code 'question'");

        session.undo();
        session.undo();
        assertThat(keys.key("s").refused()).isFalse();
        session.undo();
        assertThat(session.name("statement")).isEqualTo("Assertion");
        session.undo();
        assertThat(session.name("statement")).isEqualTo("Statement");
        assertThat(saved()).isEmpty();
        try (Workbench reader = Workbench.openReadOnly(project)) {
            var code = reader.codebook().orElseThrow().codebook().code("statement").orElseThrow();
            assertThat(code.name()).isEqualTo("Statement");
            assertThat(code.key()).isEqualTo("s");
        }
    }

    /** Every coding of the project, as another process reads them: coder, transcript, code, span, level and memo. */
    private java.util.Set<String> everyCoding() {
        try (Workbench reader = Workbench.openReadOnly(project)) {
            java.util.Set<String> all = new java.util.TreeSet<>();
            for (var t : reader.transcripts()) {
                reader.codings(t.name()).forEach(c -> all.add(c.coder() + "|" + c.transcript() + "|" + c.codeId() + "|" + c.span() + "|"
                        + c.value() + "|" + c.memo()));
            }
            return all;
        }
    }

    @Test
    void mergingAndDeletingACodeUndoWithItsCodings() {
        CodebookEditing editing = new CodebookEditing(session, null, outcome -> { });
        java.util.Set<String> before = everyCoding();
        assertThat(before).anyMatch(c -> c.contains("|metaphor|"));
        org.attune.model.Code metaphor = session.codebook().orElseThrow().code("metaphor").orElseThrow();

        assertThat(editing.mergeCode(metaphor, "mutual-language").refused()).isFalse();
        assertThat(session.codebook().orElseThrow().code("metaphor")).isEmpty();
        assertThat(everyCoding()).noneMatch(c -> c.contains("|metaphor|")).isNotEqualTo(before);
        assertThat(session.undo().refused()).isFalse();
        assertThat(session.codebook().orElseThrow().code("metaphor")).isPresent();
        assertThat(everyCoding()).isEqualTo(before);
        assertThat(session.redo().refused()).isFalse();
        assertThat(session.codebook().orElseThrow().code("metaphor")).isEmpty();
        assertThat(session.undo().refused()).isFalse();
        assertThat(everyCoding()).isEqualTo(before);

        assertThat(editing.deleteCode(metaphor).refused()).isFalse();
        assertThat(everyCoding()).noneMatch(c -> c.contains("|metaphor|"));
        assertThat(session.undo().message()).startsWith("undone: deleted ");
        assertThat(everyCoding()).isEqualTo(before);
        try (Workbench reader = Workbench.openReadOnly(project)) {
            assertThat(reader.codebook().orElseThrow().codebook().code("metaphor")).contains(metaphor);
        }
    }

    @Test
    void movingStaysWithinTheTranscript() {
        keys.move(-5);
        assertThat(keys.cursor().turn()).isEqualTo(1);
        int turns = session.transcript().orElseThrow().turns().size();
        keys.moveTo(turns + 10);
        assertThat(keys.cursor().turn()).isEqualTo(turns);
    }

    @Test
    void inABlindRoundTheOtherCodersStripesStayHidden() {
        assertThat(session.compareWith("anna").refused()).isFalse();
        assertThat(session.theirs().on(1)).isNotEmpty();
        session.withWorkbench(w -> w.createRound("blind", List.of("dana", "anna"), List.of("d01-s01"), List.of(), true));
        session.compareWith(null);
        Outcome refused = session.compareWith("anna");
        assertThat(refused.refused()).isTrue();
        assertThat(refused.message()).contains("blind");
        assertThat(session.theirs().on(1)).isEmpty();
        keys.key("s");
        assertThat(session.visibleCodings()).extracting(Coding::coder).containsOnly("dana");
    }

    @Test
    void thePickerFindsACodeByAnyPartOfItsName() {
        var codebook = session.codebook().orElseThrow();
        assertThat(KeyCoding.filter(codebook, "narr")).extracting(c -> c.id()).containsExactly("narrative");
        assertThat(KeyCoding.filter(codebook, "FEEL")).extracting(c -> c.id())
                .contains("feeling-language", "staying-with-feeling", "difficult-feelings");
        assertThat(KeyCoding.filter(codebook, "")).hasSize(codebook.codes().size());
        assertThat(KeyCoding.level(codebook.code("experiencing-level").orElseThrow(), 7).orElseThrow().value())
                .isEqualByComparingTo(BigDecimal.valueOf(7));
    }
}
