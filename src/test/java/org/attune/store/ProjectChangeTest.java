package org.attune.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attune.model.AppliesTo;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.Span;
import org.attune.store.ProjectChange.CodingRows;
import org.attune.store.ProjectChange.RowChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each committed change reports what it did to transcripts, codings and the codebook, whichever way it wrote them. */
class ProjectChangeTest {

    @TempDir
    Path dir;

    private static final Instant AT = Instant.parse("2025-03-03T10:00:00Z");
    private static final Codebook CODEBOOK = new Codebook("Test", "1", null, null, null, null, List.of(
            new CodeGroup("moves", "Moves", null, false, AppliesTo.ANY, List.of(
                    Code.flag("amplification", "Amplification"), Code.flag("coupling", "Coupling")))));

    private final List<ProjectChange> heard = new ArrayList<>();

    private ProjectStore store() {
        ProjectStore store = ProjectStore.create(dir.resolve("p.attune"));
        store.addTranscripts(List.of(ProjectStoreTest.transcript("a", 10), ProjectStoreTest.transcript("b", 10)));
        store.edit(edit -> edit.saveCodebook(CODEBOOK, "definition", "attached", AT));
        store.onChange(heard::add);
        return store;
    }

    private static Coding coding(String coder, String transcript, String code, int from, int to) {
        return new Coding(coder, transcript, code, new Span(from, 0, to, 3), null, null, AT, AT);
    }

    private ProjectChange last() {
        assertThat(heard).isNotEmpty();
        return heard.getLast();
    }

    @Test
    void transcriptsAddedAreReportedWithoutTheirTurns() {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.attune"))) {
            store.onChange(heard::add);
            String before = store.changeStamp();
            store.addTranscripts(List.of(ProjectStoreTest.transcript("a", 300), ProjectStoreTest.transcript("b", 2)));
            ProjectChange change = last();
            assertThat(change.transcriptsAdded()).containsExactlyInAnyOrder("a", "b");
            assertThat(change.transcriptsChanged()).isEmpty();
            assertThat(change.transcriptsRemoved()).isEmpty();
            assertThat(change.codings()).isEmpty();
            assertThat(change.before()).isEqualTo(before);
            assertThat(change.after()).isEqualTo(store.changeStamp()).isNotEqualTo(before);
        }
    }

    @Test
    void codingsInsertedUpdatedAndDeletedAreReportedWithTheirTurns() {
        try (ProjectStore store = store()) {
            store.edit(edit -> {
                edit.putCoding(coding("anna", "a", "amplification", 3, 3));
                edit.putCoding(coding("anna", "b", "coupling", 4, 6));
                return null;
            });
            assertThat(last().codings()).containsExactlyInAnyOrder(new CodingRows(RowChange.INSERTED, "a", 3, 3),
                    new CodingRows(RowChange.INSERTED, "b", 4, 6));
            assertThat(last().transcriptsChanged()).isEmpty();

            // The same span again: the row's value and memo are updated.
            store.edit(edit -> {
                edit.putCoding(new Coding("anna", "b", "coupling", new Span(4, 0, 6, 3), null, "a memo", AT, AT));
                return null;
            });
            assertThat(last().codings()).containsExactly(new CodingRows(RowChange.UPDATED, "b", 4, 6));

            store.edit(edit -> edit.removeCoding(coding("anna", "a", "amplification", 3, 3)));
            assertThat(last().codings()).containsExactly(new CodingRows(RowChange.DELETED, "a", 3, 3));

            // A codebook change that moves codings reports the rows it moved.
            store.edit(edit -> edit.moveCodings("coupling", "amplification"));
            assertThat(last().codings()).containsExactly(new CodingRows(RowChange.UPDATED, "b", 4, 6));
        }
    }

    @Test
    void aCodebookVersionIsReported() {
        try (ProjectStore store = store()) {
            store.edit(edit -> edit.saveCodebook(CODEBOOK, "definition again", "renamed", AT));
            assertThat(last().codebookChanged()).isTrue();
            assertThat(last().leavesCorpus()).isTrue();
            store.saveQuery(new org.attune.model.SavedQuery("q", "code:coupling", null, AT, AT));
            assertThat(last().codebookChanged()).isFalse();
            assertThat(last().leavesCorpus()).isTrue();
        }
    }

    @Test
    void aDeletedTranscriptIsReportedRemovedAndItsCascadedCodingsWithIt() {
        try (ProjectStore store = store()) {
            store.edit(edit -> {
                edit.putCoding(coding("anna", "a", "amplification", 3, 3));
                return null;
            });
            store.transaction(c -> {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM transcripts WHERE name = ?")) {
                    delete.setString(1, "a");
                    return delete.executeUpdate();
                }
            });
            assertThat(last().transcriptsRemoved()).containsExactly("a");
            assertThat(last().transcriptsChanged()).isEmpty();
            assertThat(last().codings()).isEmpty();
        }
    }

    @Test
    void aRenamedTranscriptIsRemovedUnderItsOldNameAndChangedUnderItsNew() {
        try (ProjectStore store = store()) {
            store.transaction(c -> {
                try (PreparedStatement update = c.prepareStatement("UPDATE transcripts SET name = 'c' WHERE name = 'a'")) {
                    return update.executeUpdate();
                }
            });
            assertThat(last().transcriptsRemoved()).containsExactly("a");
            assertThat(last().transcriptsChanged()).containsExactly("c");
        }
    }

    @Test
    void anEditedTurnOrARenamedCoderChangesTheirTranscriptsWhole() {
        try (ProjectStore store = store()) {
            store.edit(edit -> {
                edit.putCoding(coding("anna", "b", "amplification", 2, 2));
                return null;
            });
            store.transaction(c -> {
                try (PreparedStatement update = c.prepareStatement("UPDATE turns SET text = 'other words' WHERE number = 5 "
                        + "AND transcript_id = (SELECT id FROM transcripts WHERE name = 'a')")) {
                    return update.executeUpdate();
                }
            });
            assertThat(last().transcriptsChanged()).containsExactly("a");
            store.transaction(c -> {
                try (PreparedStatement update = c.prepareStatement("UPDATE coders SET name = 'annabel' WHERE name = 'anna'")) {
                    return update.executeUpdate();
                }
            });
            assertThat(last().transcriptsChanged()).containsExactly("b");
        }
    }

    @Test
    void workThatFailsReportsNothingAndLeavesNoNoteForTheNextChange() {
        try (ProjectStore store = store()) {
            assertThatThrownBy(() -> store.edit(edit -> {
                edit.putCoding(coding("anna", "a", "amplification", 3, 3));
                throw new IllegalStateException("refused");
            })).hasMessage("refused");
            assertThat(heard).isEmpty();
            store.edit(edit -> {
                edit.putCoding(coding("anna", "b", "coupling", 7, 7));
                return null;
            });
            assertThat(heard).hasSize(1);
            assertThat(last().codings()).containsExactly(new CodingRows(RowChange.INSERTED, "b", 7, 7));
        }
    }

    @Test
    void changesFollowingEachOtherMakeOne() {
        ProjectChange first = new ProjectChange("s1", "s2", Set.of("new", "brief"), Set.of("gone"), Set.of("edited"),
                List.of(new CodingRows(RowChange.INSERTED, "edited", 1, 2)), false);
        ProjectChange second = new ProjectChange("s2", "s3", Set.of("gone"), Set.of("brief"), Set.of("new", "other"),
                List.of(new CodingRows(RowChange.DELETED, "other", 4, 4)), true);
        ProjectChange both = first.then(second);
        assertThat(both.before()).isEqualTo("s1");
        assertThat(both.after()).isEqualTo("s3");
        assertThat(both.transcriptsAdded()).containsExactly("new");
        assertThat(both.transcriptsRemoved()).isEmpty();
        assertThat(both.transcriptsChanged()).containsExactlyInAnyOrder("edited", "gone", "other");
        assertThat(both.codings()).hasSize(2);
        assertThat(both.codebookChanged()).isTrue();
    }

    @Test
    void aStretchOfTurnsAndTheCodingsOnThemAreReadWithoutTheRest() {
        try (ProjectStore store = store()) {
            store.edit(edit -> {
                edit.putCoding(coding("anna", "a", "amplification", 1, 6));
                edit.putCoding(coding("ben", "a", "coupling", 8, 8));
                edit.putCoding(coding("ben", "a", "coupling", 9, 10));
                edit.putCoding(coding("ben", "b", "coupling", 5, 5));
                return null;
            });
            var stretch = store.turns("a", 6, 12).orElseThrow();
            assertThat(stretch.first()).isEqualTo(6);
            assertThat(stretch.last()).isEqualTo(10);
            assertThat(stretch.transcript().turnCount()).isEqualTo(10);
            assertThat(stretch.turn(7).text()).isEqualTo("words of turn 7 in a");
            assertThat(store.codingsOnTurns("a", 6, 8)).extracting(c -> c.coder() + " " + c.span().startTurn())
                    .containsExactly("anna 1", "ben 8");
            assertThat(store.codingsOnTurns("a", 7, 7)).isEmpty();
            assertThat(store.codingsOnTurns("nowhere", 1, 3)).isEmpty();
            assertThat(store.turns("nowhere", 1, 3)).isEmpty();
            List<Coding> annasOnSix = store.edit(edit -> edit.codingsOnTurn("anna", "a", 6));
            List<Coding> bensOnSix = store.edit(edit -> edit.codingsOnTurn("ben", "a", 6));
            List<Coding> bensOnTen = store.edit(edit -> edit.codingsOnTurn("ben", "a", 10));
            assertThat(annasOnSix).hasSize(1);
            assertThat(bensOnSix).isEmpty();
            assertThat(bensOnTen).extracting(c -> c.span().startTurn()).containsExactly(9);
        }
    }

    @Test
    void aStoreOpenedReadOnlyNotesNothing() {
        try (ProjectStore writer = store()) {
            writer.edit(edit -> {
                edit.putCoding(new Coding("anna", "a", "amplification", new Span(1, 0, 1, 3), BigDecimal.ONE, null, AT, AT));
                return null;
            });
        }
        try (ProjectStore reader = ProjectStore.open(dir.resolve("p.attune"), ProjectStore.Access.READ_ONLY)) {
            reader.onChange(heard::add);
            assertThat(reader.codingsOnTurns("a", 1, 1)).hasSize(1);
            assertThatThrownBy(() -> reader.edit(edit -> null)).isInstanceOf(IllegalStateException.class);
        }
    }
}
