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
        session.perform(m -> m.open("d01-s01")).join();
        keys = new KeyCoding(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Outcome edit(String label, java.util.function.Consumer<Workbench> change, java.util.function.Consumer<Workbench> inverse) {
        return session.perform(m -> m.editCodebook(label, change, inverse)).join();
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
        Outcome outcome = keys.key("s").join();
        assertThat(outcome.refused()).isFalse();
        assertThat(outcome.message()).isEqualTo("applied Statement on turn 1");
        assertThat(saved()).containsExactly("1:statement");
        assertThat(session.mine(1)).extracting(Coding::codeId).containsExactly("statement");
    }

    @Test
    void pressingTheKeyAgainTakesTheCodeOff() {
        keys.key("s").join();
        Outcome outcome = keys.key("s").join();
        assertThat(outcome.message()).isEqualTo("removed Statement on turn 1");
        assertThat(saved()).isEmpty();
    }

    @Test
    void anExclusiveGroupsOtherCodeReplacesTheFirstAndUndoBringsItBack() {
        keys.key("s").join();
        Outcome replaced = keys.key("q").join();
        assertThat(replaced.message()).isEqualTo("applied Question on turn 1 (instead of Statement)");
        assertThat(saved()).containsExactly("1:question");

        assertThat(session.perform(SessionModel::undo).join().message()).isEqualTo("undone: Question on turn 1 (instead of Statement)");
        assertThat(saved()).containsExactly("1:statement");
        assertThat(session.perform(SessionModel::redo).join().refused()).isFalse();
        assertThat(saved()).containsExactly("1:question");
        session.perform(SessionModel::undo).join();
        session.perform(SessionModel::undo).join();
        assertThat(saved()).isEmpty();
        assertThat(session.perform(SessionModel::undo).join().message()).isEqualTo("nothing to undo");
    }

    @Test
    void aCodeForTheOtherRoleIsRefusedWithTheRuleAndNothingIsSaved() {
        keys.moveTo(1);
        Outcome outcome = keys.key("n").join();
        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.message()).contains("client", "turn 1", "therapist");
        assertThat(saved()).isEmpty();
        assertThat(keys.key("Z").join().message()).startsWith("no code has the key 'Z'");
    }

    @Test
    void aScaleCodeWaitsForItsLevelAndADigitChangesIt() {
        keys.moveTo(2);
        Outcome waiting = keys.key("E").join();
        assertThat(waiting.message()).startsWith("Experiencing").contains("press a level", "1, 2, 3, 4, 5, 6, 7");
        assertThat(saved()).isEmpty();
        assertThat(keys.digit(5).join().message()).startsWith("applied").contains("5 on turn 2");
        assertThat(saved()).containsExactly("2:experiencing-level=5");

        assertThat(keys.digit(3).join().message()).startsWith("changed").contains("3 on turn 2");
        assertThat(saved()).containsExactly("2:experiencing-level=3");
        assertThat(keys.digit(9).join().refused()).isTrue();
        session.perform(SessionModel::undo).join();
        assertThat(saved()).containsExactly("2:experiencing-level=5");
    }

    @Test
    void theRemoveKeyTakesTheChosenCodeElseTheLatestAndUndoPutsItBack() {
        keys.moveTo(1);
        keys.key("s").join();
        keys.key("t").join();
        keys.key("f").join();
        assertThat(keys.remove("tentative-language").join().message()).isEqualTo("removed Tentative language on turn 1");
        assertThat(saved()).containsExactly("1:feeling-language", "1:statement");
        assertThat(keys.remove(null).join().refused()).isFalse();
        assertThat(saved()).hasSize(1);
        session.perform(SessionModel::undo).join();
        session.perform(SessionModel::undo).join();
        assertThat(saved()).containsExactly("1:feeling-language", "1:statement", "1:tentative-language");
        keys.moveTo(3);
        assertThat(keys.remove(null).join().refused()).isTrue();
    }

    @Test
    void aSelectionWithinTheTurnIsCodedAsASpan() {
        keys.moveTo(1);
        keys.select(4, 10);
        keys.key("f").join();
        try (Workbench reader = Workbench.openReadOnly(project)) {
            Coding coding = reader.codings("d01-s01").stream().filter(c -> c.coder().equals("dana")).findFirst().orElseThrow();
            assertThat(coding.span().startOffset()).isEqualTo(4);
            assertThat(coding.span().endOffset()).isEqualTo(10);
        }
    }

    @Test
    void aMemoGoesOnTheCodingAndKeepsItsLevel() {
        keys.moveTo(2);
        keys.key("E").join();
        keys.digit(4).join();
        assertThat(keys.memo(null, "voice drops").join().refused()).isFalse();
        assertThat(saved()).containsExactly("2:experiencing-level=4 [voice drops]");
        session.perform(SessionModel::undo).join();
        assertThat(saved()).containsExactly("2:experiencing-level=4");
    }

    @Test
    void theCountsShownKeepInStepWithTheProjectFile() {
        long statements = session.codingsOf("statement");
        long questions = session.codingsOf("question");
        keys.key("s").join();
        keys.key("q").join();
        keys.moveTo(3);
        keys.key("s").join();
        assertThat(session.codingsOf("statement")).isEqualTo(statements + 1);
        assertThat(session.codingsOf("question")).isEqualTo(questions + 1);
        keys.remove(null).join();
        try (Workbench reader = Workbench.openReadOnly(project)) {
            var counted = reader.codebook().orElseThrow();
            assertThat(session.codingsOf("statement")).isEqualTo(counted.codingsOf("statement")).isEqualTo(statements);
            assertThat(session.codingsOf("question")).isEqualTo(counted.codingsOf("question"));
        }
        session.perform(SessionModel::undo).join();
        assertThat(session.codingsOf("statement")).isEqualTo(statements + 1);
    }

    @Test
    void codebookEditsTakeEffectAtOnceAndUndoLikeCodings() {
        Outcome renamed = edit("renamed Statement to Assertion", w -> w.renameCode("statement", "Assertion"),
                w -> w.renameCode("statement", "Statement"));
        assertThat(renamed.refused()).isFalse();
        assertThat(session.name("statement")).isEqualTo("Assertion");
        Outcome rekeyed = edit("key Z", w -> w.rekeyCode("statement", "Z"), w -> w.rekeyCode("statement", "s"));
        assertThat(rekeyed.refused()).isFalse();
        keys.moveTo(1);
        assertThat(keys.key("Z").join().message()).isEqualTo("applied Assertion on turn 1");
        assertThat(keys.key("s").join().message()).startsWith("no code has the key 's'");
        assertThat(edit("key q", w -> w.rekeyCode("statement", "q"), null).message()).contains("key 'q' is taken by code 'question'");

        session.perform(SessionModel::undo).join();
        session.perform(SessionModel::undo).join();
        assertThat(keys.key("s").join().refused()).isFalse();
        session.perform(SessionModel::undo).join();
        assertThat(session.name("statement")).isEqualTo("Assertion");
        session.perform(SessionModel::undo).join();
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

        assertThat(editing.mergeCode(metaphor, "mutual-language").join().refused()).isFalse();
        assertThat(session.codebook().orElseThrow().code("metaphor")).isEmpty();
        assertThat(everyCoding()).noneMatch(c -> c.contains("|metaphor|")).isNotEqualTo(before);
        assertThat(session.perform(SessionModel::undo).join().refused()).isFalse();
        assertThat(session.codebook().orElseThrow().code("metaphor")).isPresent();
        assertThat(everyCoding()).isEqualTo(before);
        assertThat(session.perform(SessionModel::redo).join().refused()).isFalse();
        assertThat(session.codebook().orElseThrow().code("metaphor")).isEmpty();
        assertThat(session.perform(SessionModel::undo).join().refused()).isFalse();
        assertThat(everyCoding()).isEqualTo(before);

        assertThat(editing.deleteCode(metaphor).join().refused()).isFalse();
        assertThat(everyCoding()).noneMatch(c -> c.contains("|metaphor|"));
        assertThat(session.perform(SessionModel::undo).join().message()).startsWith("undone: deleted ");
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
        assertThat(session.perform(m -> m.compareWith("anna")).join().refused()).isFalse();
        assertThat(session.theirs(1)).isNotEmpty();
        session.change(w -> w.createRound("blind", List.of("dana", "anna"), List.of("d01-s01"), List.of(), true)).join();
        session.perform(m -> m.compareWith(null)).join();
        Outcome refused = session.perform(m -> m.compareWith("anna")).join();
        assertThat(refused.refused()).isTrue();
        assertThat(refused.message()).contains("blind");
        assertThat(session.theirs(1)).isEmpty();
        keys.key("s").join();
        assertThat(session.visibleCodings()).extracting(Coding::coder).containsOnly("dana");
    }

    @Test
    void thePickerFindsACodeByAnyPartOfItsName() {
        var codebook = session.codebook().orElseThrow();
        assertThat(KeyCoding.filter(codebook, "narr")).extracting(c -> c.id()).containsExactly("narrative");
        assertThat(KeyCoding.filter(codebook, "FEEL")).extracting(c -> c.id())
                .contains("feeling-language", "staying-with-feeling", "difficult-feelings");
        assertThat(KeyCoding.filter(codebook, "")).hasSize(codebook.codes().size());
        assertThat(SessionModel.level(codebook.code("experiencing-level").orElseThrow(), 7).orElseThrow().value())
                .isEqualByComparingTo(BigDecimal.valueOf(7));
    }

    @Test
    void aKeyPressedTwiceBeforeTheScreenCaughtUpStillTakesTheCodeOffAgain() {
        keys.moveTo(1);
        // Both presses are sent before either is saved: what the second means is decided against what the first saved.
        var first = keys.key("s");
        var second = keys.key("s");
        assertThat(first.join().message()).isEqualTo("applied Statement on turn 1");
        assertThat(second.join().message()).isEqualTo("removed Statement on turn 1");
        assertThat(saved()).isEmpty();
    }

    @Test
    void doneMarksToggleSayWhichAndUndoLikeAnyAction() {
        keys.key("s").join();
        Outcome marked = session.perform(SessionModel::toggleDone).join();
        assertThat(marked.message()).isEqualTo("d01-s01 marked done by dana");
        assertThat(doneByDana()).isTrue();
        assertThat(session.view().done()).isTrue();
        Outcome unmarked = session.perform(SessionModel::toggleDone).join();
        assertThat(unmarked.message()).isEqualTo("d01-s01 no longer marked done by dana");
        assertThat(doneByDana()).isFalse();
        assertThat(session.perform(SessionModel::undo).join().message()).isEqualTo("undone: d01-s01 no longer marked done by dana");
        assertThat(doneByDana()).isTrue();
        assertThat(session.perform(SessionModel::undo).join().refused()).isFalse();
        assertThat(doneByDana()).isFalse();
        assertThat(session.view().done()).isFalse();
        assertThat(saved()).containsExactly("1:statement");
    }

    private boolean doneByDana() {
        try (Workbench reader = Workbench.openReadOnly(project)) {
            return reader.transcriptsDone("dana").contains("d01-s01");
        }
    }

    @Test
    void aCodeWithoutAKeyIsTwoKeystrokesAway() {
        var codebook = session.codebook().orElseThrow();
        CodeKeys codeKeys = CodeKeys.of(codebook);
        var keyless = codebook.codes().stream().filter(c -> c.key() == null).toList();
        assertThat(keyless).isNotEmpty();
        // Every code without a key of its own has a chord, and no two codes share one.
        assertThat(keyless).allSatisfy(c -> assertThat(codeKeys.keyOf(c.id())).startsWith(".").hasSize(2));
        assertThat(keyless.stream().map(c -> codeKeys.keyOf(c.id())).distinct().count()).isEqualTo(keyless.size());
        var therapistCode = keyless.stream().filter(c -> codebook.groupOf(c.id()).orElseThrow().appliesTo().fits(
                session.transcript().orElseThrow().turn(1).role())).findFirst().orElseThrow();
        keys.moveTo(1);
        Outcome applied = keys.key(codeKeys.keyOf(therapistCode.id())).join();
        assertThat(applied.message()).isEqualTo("applied " + therapistCode.name() + " on turn 1");
        assertThat(saved()).containsExactly("1:" + therapistCode.id());
        assertThat(codeKeys.freeLetters()).doesNotContain("s", "j", "k", "J", "K").contains("b");
    }

    @Test
    void aKeyMeantForAnotherTranscriptChangesNothing() {
        keys.moveTo(1);
        Outcome outcome = session.perform(m -> m.toggle("d01-s02", session.codebook().orElseThrow().code("statement").orElseThrow(),
                TurnCursor.at(1))).join();
        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.message()).contains("nothing changed");
        assertThat(saved()).isEmpty();
    }

    @Test
    void aProjectWithoutACodebookSaysSoInsteadOfNamingAKey() throws Exception {
        Path empty = dir.resolve("empty.attune");
        java.nio.file.Path transcript = java.nio.file.Files.writeString(dir.resolve("t01-s01.csv"), "speaker,text\nTherapist,Hello.\n");
        Workbench made = Workbench.create(empty);
        made.importFiles(List.of(transcript), org.attune.workbench.ImportOptions.defaults(), Progress.NONE);
        try (ProjectSession bare = new ProjectSession(made, "dana")) {
            bare.perform(m -> m.open(made.transcripts().getFirst().name())).join();
            Outcome outcome = new KeyCoding(bare).key("s").join();
            assertThat(outcome.refused()).isTrue();
            assertThat(outcome.message()).startsWith("this project has no codebook yet").doesNotContain("key 's'");
        }
    }
}
