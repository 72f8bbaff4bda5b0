package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.CommandLineTest.attune;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.model.Coding;
import org.attune.model.Role;
import org.attune.model.Span;
import org.attune.model.Turn;
import org.attune.workbench.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack for a coder whose own name is on the pseudonym list carries the pseudonym; what that coder
 * codes in it comes back under their own name, never under the pseudonym as a new coder.
 */
class PseudonymisedCoderMergeTest {

    @TempDir
    Path dir;

    @Test
    void theCodingsComeBackToTheCoderNotToThePseudonym() throws Exception {
        String project = CommandLineTest.demo(dir);
        assertThat(attune("round", "create", project, "r1", "--coders", "anna", "--transcripts", "d01-s01").status()).isZero();
        Path names = Files.writeString(dir.resolve("names.csv"), "name,replacement\nanna,Coder 1\nHannah Reid,Dr A\n");
        Path pack = dir.resolve("pack.attune");
        CommandLineTest.Run packed = attune("pack", project, "--coder", "anna", "--out", pack.toString(), "--pseudonymize",
                names.toString());
        assertThat(packed.status()).as(packed.err()).isZero();
        Span added;
        try (Workbench coder = Workbench.open(pack)) {
            assertThat(coder.coders()).extracting(c -> c.name()).containsExactly("Coder 1");
            Turn turn = coder.transcript("d01-s01").turns().stream().filter(t -> t.role() == Role.THERAPIST)
                    .filter(t -> coder.codings("d01-s01").stream().noneMatch(c -> c.codeId().equals("question")
                            && c.span().startTurn() == t.number()))
                    .findFirst().orElseThrow();
            added = Span.wholeTurn(turn.number(), turn.text().codePointCount(0, turn.text().length()));
            coder.applyCode("Coder 1", "d01-s01", "question", added, null, null);
        }
        CommandLineTest.Run merged = attune("merge", project, pack.toString());
        assertThat(merged.status()).as(merged.err()).isZero();
        try (Workbench back = Workbench.openReadOnly(Path.of(project))) {
            assertThat(back.coders()).extracting(c -> c.name()).doesNotContain("Coder 1");
            assertThat(back.codings("d01-s01")).filteredOn(Coding::coder, "anna")
                    .anyMatch(c -> c.codeId().equals("question") && c.span().equals(added));
        }
    }
}
