package org.attune.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.model.AttuneException;
import org.attune.model.Coding;
import org.attune.model.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key reads only the turns of its span and the codings near them, and keeps every rule as
 * when it read the whole transcript: refusals name what is wrong and write nothing, and the
 * other code of an exclusive group is replaced even when its coding starts turns earlier.
 */
class CodingFromItsTurnsTest {

    @TempDir
    Path dir;
    Workbench workbench;

    @BeforeEach
    void project() throws IOException {
        workbench = Workbench.create(dir.resolve("p.attune"));
        Path file = dir.resolve("d03-s01.txt");
        // Turns: 1 therapist, 2-4 client, 5 therapist, 6 client.
        Files.writeString(file, "Therapist: How have things been since we last met?\n\nClient: Better, I think.\n\n"
                + "Client: Quieter, anyway.\n\nClient: The house is quieter now.\n\nTherapist: Quieter.\n\nClient: Yes.\n");
        workbench.importFiles(List.of(file), ImportOptions.defaults(), Progress.NONE);
        workbench.useCodebook(Path.of("codebooks/conversational-model.yaml"), false);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private List<String> codings() {
        return workbench.codings("d03-s01").stream().map(c -> c.coder() + " " + c.codeId() + " " + c.span()).toList();
    }

    @Test
    void aSpanPastTheEndOrOutsideItsTurnsIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> workbench.applyCode("anna", "d03-s01", "chronicle", new Span(6, 0, 8, 1), null, null))
                .isInstanceOf(AttuneException.class).hasMessage("d03-s01 has turns 1 to 6, not 8");
        assertThatThrownBy(() -> workbench.applyCode("anna", "d03-s01", "chronicle", new Span(2, 40, 3, 1), null, null))
                .hasMessage("turn 2 of d03-s01 is 16 characters long: a span cannot start at 40");
        assertThatThrownBy(() -> workbench.applyCode("anna", "d03-s01", "chronicle", new Span(2, 0, 4, 99), null, null))
                .hasMessage("turn 4 of d03-s01 is 25 characters long: a span cannot end at 99");
        // The span's middle turns are read too: one of another role refuses the code.
        assertThatThrownBy(() -> workbench.applyCode("anna", "d03-s01", "chronicle", new Span(4, 0, 6, 2), null, null))
                .hasMessage("code 'chronicle' is for client turns (group 'client-form'), and turn 5 of d03-s01 is the therapist's (Therapist)");
        assertThatThrownBy(() -> workbench.applyCode("anna", "d09", "chronicle", new Span(1, 0, 1, 2), null, null))
                .hasMessage("no transcript named 'd09' in p.attune");
        assertThat(codings()).isEmpty();
        workbench.applyCode("anna", "d03-s01", "chronicle", new Span(2, 0, 4, 25), null, null);
        assertThat(codings()).containsExactly("anna chronicle " + new Span(2, 0, 4, 25));
    }

    @Test
    void theOtherCodeOfAnExclusiveGroupIsReplacedWhereverItsCodingStarts() {
        workbench.applyCode("anna", "d03-s01", "chronicle", new Span(2, 0, 4, 25), null, null);
        workbench.applyCode("ben", "d03-s01", "chronicle", new Span(2, 0, 4, 25), null, null);
        workbench.applyCode("anna", "d03-s01", "self-state-shift", new Span(6, 0, 6, 4), null, null);
        CodingChange change = workbench.applyCode("anna", "d03-s01", "narrative", Span.wholeTurn(4, 25), null, null);
        assertThat(change.replaced()).extracting(Coding::codeId, Coding::span)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("chronicle", new Span(2, 0, 4, 25)));
        assertThat(codings()).containsExactlyInAnyOrder("ben chronicle " + new Span(2, 0, 4, 25),
                "anna self-state-shift " + new Span(6, 0, 6, 4), "anna narrative " + Span.wholeTurn(4, 25));
    }

    @Test
    void aKeyUsesTheCodebookAsItIsNowAfterEveryEdit() {
        workbench.renameCode("chronicle", "Telling");
        workbench.applyCode("anna", "d03-s01", "Telling", Span.wholeTurn(2, 16), null, null);
        int renamed = workbench.codebookHistory().getLast().version();
        workbench.restoreCodebook(renamed - 1);
        assertThatThrownBy(() -> workbench.applyCode("anna", "d03-s01", "Telling", Span.wholeTurn(3, 16), null, null))
                .hasMessage("no code 'Telling' in the codebook");
        workbench.applyCode("anna", "d03-s01", "Chronicle", Span.wholeTurn(3, 16), null, null);
        assertThat(codings()).containsExactly("anna chronicle " + Span.wholeTurn(2, 16), "anna chronicle " + Span.wholeTurn(3, 16));
    }
}
