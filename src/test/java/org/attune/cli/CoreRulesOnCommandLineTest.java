package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.CommandLineTest.attune;
import static org.attune.cli.CommandLineTest.demo;
import static org.attune.cli.CommandLineTest.json;

import java.nio.file.Path;
import java.util.List;
import org.attune.agreement.AgreementReport;
import org.attune.agreement.Coefficient;
import org.attune.workbench.AgreementRequest;
import org.attune.cli.CommandLineTest.Run;
import org.attune.workbench.Workbench;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The command line follows the core's rules, the same the window does: the id of a new code, the
 * undo of a codebook change, the agreement defaults, and refusals worded with its own flags.
 */
class CoreRulesOnCommandLineTest {

    @TempDir
    Path dir;
    String project;

    @BeforeEach
    void buildDemo() {
        project = demo(dir);
    }

    @Test
    void aCodeAddedWithoutAnIdGetsTheCoresIdWithoutAccents() {
        Run add = attune("codebook", "add", project, "pit-features", "Café au lait");

        assertThat(add.status()).as(add.err()).isZero();
        assertThat(add.out()).contains("added code 'cafe-au-lait'");
        try (Workbench reader = Workbench.openReadOnly(Path.of(project))) {
            assertThat(reader.codebook().orElseThrow().codebook().code("cafe-au-lait")).isPresent();
        }
    }

    @Test
    void codebookUndoTakesBackTheLatestMergeWithItsCodingsAndSaysWhenThereIsNothingLeft() {
        JsonNode before = groups();
        assertThat(attune("codings", "export", project, "--out", dir.resolve("before.csv").toString()).status()).isZero();
        assertThat(attune("codebook", "merge", project, "metaphor", "mutual-language").status()).isZero();

        Run undo = attune("codebook", "undo", project);

        assertThat(undo.status()).as(undo.err()).isZero();
        assertThat(undo.out()).contains("undid version").contains("merged code 'metaphor' into 'mutual-language'")
                .contains("codings put back as they were");
        assertThat(groups()).isEqualTo(before);
        assertThat(attune("codings", "export", project, "--out", dir.resolve("after.csv").toString()).status()).isZero();
        assertThat(contents(dir.resolve("after.csv"))).isEqualTo(contents(dir.resolve("before.csv")));

        Run again = attune("codebook", "undo", project);
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).startsWith("attune: nothing to undo").doesNotContain("Exception");
        assertThat(again.out()).isEmpty();
    }

    @Test
    void codebookUndoIsRefusedWithExitOneAfterTheCodebookChangedAgain() {
        assertThat(attune("codebook", "delete", project, "metaphor", "--force").status()).isZero();
        assertThat(attune("codebook", "rename", project, "statement", "A statement").status()).isZero();
        JsonNode shown = groups();

        Run undo = attune("codebook", "undo", project);

        assertThat(undo.status()).isEqualTo(1);
        assertThat(undo.err()).startsWith("attune: the codebook was changed since version").contains("(deleted code 'metaphor')")
                .endsWith("; nothing was undone\n");
        assertThat(groups()).isEqualTo(shown);
    }

    /** The request the agreement verb makes of these arguments, parsed as the command line parses them. */
    private static AgreementRequest requestOf(String... args) {
        AgreementCommand command = new AgreementCommand();
        new picocli.CommandLine(command).parseArgs(args);
        return command.request();
    }

    @Test
    void agreementAsksWithTheWindowsBootstrapAndSeedUnlessToldOtherwise() {
        AgreementRequest windows = AgreementRequest.withIntervals(List.of("anna", "ben"), List.of(), List.of(), List.of(), false, false);

        assertThat(requestOf(project, "--coders", "anna,ben", "--bootstrap")).isEqualTo(windows);
        assertThat(requestOf(project, "--coders", "anna,ben").seed()).isEqualTo(windows.seed());
        assertThat(requestOf(project, "--coders", "anna,ben").bootstrap()).isZero();
        assertThat(requestOf(project, "--coders", "anna,ben", "--bootstrap", "50", "--seed", "7"))
                .extracting(AgreementRequest::bootstrap, AgreementRequest::seed).containsExactly(50, 7L);
    }

    @Test
    void theSameDataGiveTheSameIntervalsOnTheCommandLineAsInTheWindow() {
        Run run = attune("agreement", project, "--coders", "anna,ben", "--codes", "client-form", "--bootstrap", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode cli = json(run.out()).get("groups").get(0).get("ci95");

        AgreementReport windows;
        try (Workbench reader = Workbench.openReadOnly(Path.of(project))) {
            windows = reader.agreement(AgreementRequest.withIntervals(List.of("anna", "ben"), List.of(), List.of(),
                    List.of("client-form"), false, false), org.attune.workbench.Progress.NONE);
        }
        assertThat(json(run.out()).get("seed").asLong()).isEqualTo(windows.seed());
        assertThat(json(run.out()).get("bootstrap").asInt()).isEqualTo(windows.bootstrap()).isEqualTo(AgreementRequest.DEFAULT_BOOTSTRAP);
        double[] interval = windows.lines(org.attune.agreement.Comparison.CHOICE).getFirst().ci95().get(Coefficient.COHEN_KAPPA);
        assertThat(cli.get("cohen_kappa").get(0).asDouble()).isEqualTo(interval[0]);
        assertThat(cli.get("cohen_kappa").get(1).asDouble()).isEqualTo(interval[1]);
    }

    @Test
    void importOptionsAreRefusedByTheCoresRulesWordedWithTheirFlagsAndNothingIsImported() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("d09-s01.txt"), "Th: Hello.\nC: Hi.\n");
        long transcripts = attune("transcripts", project, "--json").out().length();

        Run both = attune("import", project, file.toString(), "--therapist", "Sam,Lee", "--client", "sam");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).startsWith("attune: --client: named both therapist and client: sam");
        Run session = attune("import", project, file.toString(), "--session", "three");
        assertThat(session.status()).isEqualTo(2);
        assertThat(session.err()).startsWith("attune: --session: expected a number such as 3, found 'three'");
        assertThat(attune("import", project, file.toString(), "--session", "0").err())
                .startsWith("attune: --session: session numbers start at 1, found 0");

        assertThat(attune("transcripts", project, "--json").out().length()).isEqualTo(transcripts);
        Run fine = attune("import", project, file.toString(), "--therapist", "Th", "--client", "C", "--session", "2");
        assertThat(fine.status()).as(fine.err()).isZero();
    }

    @Test
    void theCoresTypedRefusalsAreWordedWithTheCommandLinesFlags() {
        Run one = attune("agreement", project, "--coders", "anna");
        assertThat(one.status()).isEqualTo(1);
        assertThat(one.err()).isEqualTo("attune: --coders: agreement compares two coders or more: give two or more\n");
        assertThat(attune("agreement", project, "--coders", "anna,ben", "--unit", "span", "--overlap", "2").err())
                .startsWith("attune: --overlap: the overlap is a share above 0 and at most 1");
        assertThat(attune("agreement", project, "--coders", "anna,ben", "--bootstrap", "-3").err())
                .startsWith("attune: --bootstrap: the bootstrap takes a number of samples, 0 or more; got -3");

        Path small = dir.resolve("small.yaml");
        try {
            java.nio.file.Files.writeString(small, """
                    name: Small
                    version: "1"
                    groups:
                      - id: client-form
                        name: Client conversation form
                        exclusive: true
                        applies_to: client
                        codes:
                          - id: narrative
                            name: Narrative
                    """);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Run replace = attune("codebook", "use", project, small.toString());
        assertThat(replace.status()).isEqualTo(1);
        assertThat(replace.err()).startsWith("attune: the new codebook would orphan or break ")
                .endsWith("; keep those codes, or use --force to delete those codings\n");
    }

    /** The codebook's groups with their codes and the count of each code's codings, as {@code codebook show --json} gives them. */
    private JsonNode groups() {
        return json(attune("codebook", "show", project, "--json").out()).get("groups");
    }

    private static String contents(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
