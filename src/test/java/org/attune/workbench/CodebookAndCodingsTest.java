package org.attune.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.attune.codebook.CodebookYaml;
import org.attune.model.AttuneException;
import org.attune.model.Codebook;
import org.attune.model.CodebookVersion;
import org.attune.model.Coding;
import org.attune.model.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The codebook's versioned changes and the codings' rules, on a small project. */
class CodebookAndCodingsTest {

    @TempDir
    Path dir;

    private Workbench workbench;

    private static final String CODEBOOK = """
            name: Test codebook
            version: "1"
            groups:
              - id: form
                name: Therapist form
                exclusive: true
                applies_to: therapist
                codes:
                  - id: statement
                    name: Statement
                    key: s
                  - id: question
                    name: Question
                    key: q
              - id: client-form
                name: Client form
                exclusive: true
                applies_to: client
                codes:
                  - id: narrative
                    name: Narrative
                  - id: chronicle
                    name: Chronicle
              - id: features
                name: Features
                codes:
                  - id: metaphor
                    name: Metaphor
                  - id: here-and-now
                    name: Here and now
              - id: experiencing
                name: Experiencing
                applies_to: client
                codes:
                  - id: level
                    name: Level
                    kind: scale
                    levels:
                      - {value: 1, label: one}
                      - {value: 2, label: two}
                      - {value: 3, label: three}
            """;

    @BeforeEach
    void project() throws IOException {
        Path transcript = Files.writeString(dir.resolve("d01-s01.txt"), """
                Therapist: How has the week been?
                Client: Long. I went to the house and stood there.
                Therapist: You stood there, at the door.
                Client: Yes. Like a stranger. 🙂 Strange.
                """);
        workbench = Workbench.create(dir.resolve("p.attune"));
        workbench.importFiles(List.of(transcript), ImportOptions.defaults(), Progress.NONE);
        workbench.useCodebook(write("codebook.yaml", CODEBOOK), false);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        workbench.close();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Span turn(int n, int length) {
        return Span.wholeTurn(n, length);
    }

    @Test
    void applyingACodeOfAnExclusiveGroupReplacesTheOther() {
        workbench.applyCode("anna", "d01-s01", "statement", turn(1, 22), null, null);
        CodingChange change = workbench.applyCode("anna", "d01-s01", "Question", turn(1, 22), null, "asks, really");
        assertThat(change.replaced()).extracting(Coding::codeId).containsExactly("statement");
        workbench.applyCode("ben", "d01-s01", "statement", turn(1, 22), null, null);
        workbench.applyCode("anna", "d01-s01", "metaphor", turn(1, 22), null, null);
        assertThat(workbench.codings("d01-s01")).extracting(c -> c.coder() + ":" + c.codeId())
                .containsExactlyInAnyOrder("anna:question", "anna:metaphor", "ben:statement");
    }

    @Test
    void theRulesOfTheCodebookAreKept() {
        assertThatThrownBy(() -> workbench.applyCode("anna", "d01-s01", "narrative", turn(1, 22), null, null))
                .isInstanceOf(AttuneException.class)
                .hasMessage("code 'narrative' is for client turns (group 'client-form'), and turn 1 of d01-s01 is the therapist's (Therapist)");
        assertThatThrownBy(() -> workbench.applyCode("anna", "d01-s01", "level", turn(2, 42), null, null))
                .hasMessage("code 'level' is a scale: give a level (1, 2, 3)");
        assertThatThrownBy(() -> workbench.applyCode("anna", "d01-s01", "level", turn(2, 42), new BigDecimal("4"), null))
                .hasMessage("4 is not a level of code 'level' (1, 2, 3)");
        assertThatThrownBy(() -> workbench.applyCode("anna", "d01-s01", "metaphor", turn(1, 22), BigDecimal.ONE, null))
                .hasMessage("code 'metaphor' is a flag and takes no value (found 1)");
        assertThatThrownBy(() -> workbench.applyCode("anna", "d01-s01", "nothing", turn(1, 22), null, null))
                .hasMessage("no code 'nothing' in the codebook");
        assertThatThrownBy(() -> workbench.applyCode("anna", "d01-s01", "metaphor", new Span(1, 10, 1, 200), null, null))
                .hasMessage("turn 1 of d01-s01 is 22 characters long: a span cannot end at 200");
        assertThat(workbench.codings("d01-s01")).isEmpty();
        workbench.applyCode("anna", "d01-s01", "level", turn(2, 42), new BigDecimal("2.0"), null);
        assertThat(workbench.codings("d01-s01")).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo(new BigDecimal("2")));
    }

    @Test
    void everyChangeOfTheCodebookIsAVersionAndCodingsFollowTheIds() {
        workbench.applyCode("anna", "d01-s01", "metaphor", turn(3, 29), null, null);
        workbench.applyCode("anna", "d01-s01", "here-and-now", turn(3, 29), null, null);
        workbench.applyCode("ben", "d01-s01", "here-and-now", turn(1, 22), null, null);

        assertThat(workbench.renameCode("metaphor", "Image or metaphor").change())
                .isEqualTo("renamed code 'metaphor' from 'Metaphor' to 'Image or metaphor'");
        CodebookChange merged = workbench.mergeCodes("here-and-now", "metaphor", false);
        assertThat(merged.effects()).containsExactly("1 coding moved from 'here-and-now' to 'metaphor'; 1 dropped, as the coder "
                + "had 'metaphor' there already");
        assertThat(workbench.codings("d01-s01")).extracting(c -> c.coder() + ":" + c.codeId() + "@" + c.span().startTurn())
                .containsExactlyInAnyOrder("anna:metaphor@3", "ben:metaphor@1");
        CodebookChange split = workbench.splitCode("metaphor", "image", "Image");
        assertThat(split.effects()).containsExactly("the 2 codings of 'metaphor' stay with it; recode those that belong to 'image'");

        assertThatThrownBy(() -> workbench.deleteCode("metaphor", false))
                .isInstanceOf(CodingsAtStakeException.class)
                .hasMessage("code 'metaphor' has 2 codings (anna 1, ben 1): merge it into another code, or delete it with its codings");
        CodebookChange deleted = workbench.deleteCode("metaphor", true);
        assertThat(deleted.effects()).containsExactly("deleted its 2 codings (anna 1, ben 1)");
        assertThat(workbench.codings("d01-s01")).isEmpty();

        List<CodebookVersion> history = workbench.codebookHistory();
        assertThat(history).extracting(CodebookVersion::change).containsExactly("attached codebook.yaml",
                "renamed code 'metaphor' from 'Metaphor' to 'Image or metaphor'", "merged code 'here-and-now' into 'metaphor'",
                "split code 'metaphor': added 'image'", "deleted code 'metaphor'");
        Codebook first = CodebookYaml.read("v1", history.getFirst().definition());
        assertThat(first.code("here-and-now")).isPresent();
        Codebook now = workbench.codebook().orElseThrow().codebook();
        assertThat(now.code("image")).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Image"));
        assertThat(now.code("metaphor")).isEmpty();
        assertThat(workbench.codebook().orElseThrow().version()).isEqualTo(5);
    }

    @Test
    void replacingTheCodebookRefusesToOrphanCodingsUnlessForced() throws IOException {
        workbench.applyCode("anna", "d01-s01", "statement", turn(1, 22), null, null);
        workbench.applyCode("anna", "d01-s01", "metaphor", turn(3, 29), null, null);
        Path without = write("smaller.yaml", CODEBOOK.replace("""
                      - id: metaphor
                        name: Metaphor
                """, ""));
        assertThatThrownBy(() -> workbench.useCodebook(without, false))
                .hasMessage("the new codebook would orphan or break 1 coding: 'metaphor' 1 (anna; there is no code 'metaphor' "
                        + "in the codebook); keep those codes, or make the change anyway, which deletes those codings");
        assertThat(workbench.codebook().orElseThrow().version()).isEqualTo(1);
        assertThat(workbench.codings("d01-s01")).hasSize(2);

        CodebookChange forced = workbench.useCodebook(without, true);
        assertThat(forced.version()).isEqualTo(2);
        assertThat(forced.effects()).containsExactly("deleted 1 coding: 'metaphor' 1 (anna; there is no code 'metaphor' in the codebook)");
        assertThat(workbench.codings("d01-s01")).extracting(Coding::codeId).containsExactly("statement");
    }

    @Test
    void aCodebookThatChangesARoleBreaksCodingsToo() throws IOException {
        workbench.applyCode("anna", "d01-s01", "metaphor", turn(3, 29), null, null);
        Path clientOnly = write("client.yaml", CODEBOOK.replace("""
                  - id: features
                    name: Features
                """, """
                  - id: features
                    name: Features
                    applies_to: client
                """));
        assertThatThrownBy(() -> workbench.useCodebook(clientOnly, false))
                .hasMessageContaining("code 'metaphor' is for client turns (group 'features'), and turn 3 of d01-s01 is the therapist's");
    }

    @Test
    void codingsRoundTripThroughTheTableWithoutLoss() throws IOException {
        Path table = write("codings.csv", """
                coder,transcript,turn,code,value,start,end,end_turn,memo
                anna,d01-s01,1,question,,,,,
                anna,d01-s01,2,level,3,,,,"hesitated, 2 or 3"
                anna,d01-s01,2,metaphor,,5,9,,
                anna,d01-s01,4,chronicle,,,,,
                ben,d01-s01,1,statement,,,,,
                ben,d01-s01,2,narrative,,10,,,
                ben,d01-s01,3,here-and-now,,0,5,4,=cross turn
                """);
        CodingsImportReport report = workbench.importCodings(table);
        assertThat(report).isEqualTo(new CodingsImportReport(7, 7, 0, 0, 0, List.of("anna", "ben"), List.of("d01-s01")));

        Path out = dir.resolve("out.csv");
        assertThat(workbench.exportCodings(out, null)).isEqualTo(7);
        List<String> exported = Files.readAllLines(out);
        assertThat(exported).containsExactly(
                "coder,transcript,turn,code,value,start,end,end_turn,memo,text",
                "anna,d01-s01,1,question,,,,,,How has the week been?",
                "ben,d01-s01,1,statement,,,,,,How has the week been?",
                "anna,d01-s01,2,level,3,,,,\"hesitated, 2 or 3\",Long. I went to the house and stood there.",
                "anna,d01-s01,2,metaphor,,5,9,,, I w",
                "ben,d01-s01,2,narrative,,10,,,,nt to the house and stood there.",
                "ben,d01-s01,3,here-and-now,,0,5,4,'=cross turn,\"You stood there, at the door.",
                "Yes. \"",
                "anna,d01-s01,4,chronicle,,,,,,Yes. Like a stranger. 🙂 Strange.");

        // Back in, into a fresh project: the same codings, and the same table out again.
        Workbench second = Workbench.create(dir.resolve("q.attune"));
        try (second) {
            second.importFiles(List.of(dir.resolve("d01-s01.txt")), ImportOptions.defaults(), Progress.NONE);
            second.useCodebook(dir.resolve("codebook.yaml"), false);
            assertThat(second.importCodings(out).added()).isEqualTo(7);
            Path again = dir.resolve("again.csv");
            second.exportCodings(again, null);
            assertThat(Files.readString(again)).isEqualTo(Files.readString(out));
            assertThat(second.codings("d01-s01")).extracting(c -> c.coder() + c.codeId() + c.span() + c.value() + c.memo())
                    .containsExactlyInAnyOrderElementsOf(workbench.codings("d01-s01").stream()
                            .map(c -> c.coder() + c.codeId() + c.span() + c.value() + c.memo()).toList());
        }
        assertThat(workbench.importCodings(table)).isEqualTo(new CodingsImportReport(7, 0, 0, 7, 0, List.of("anna", "ben"), List.of("d01-s01")));

        Path xlsx = dir.resolve("out.xlsx");
        workbench.exportCodings(xlsx, "ben");
        Workbench third = Workbench.create(dir.resolve("r.attune"));
        try (third) {
            third.importFiles(List.of(dir.resolve("d01-s01.txt")), ImportOptions.defaults(), Progress.NONE);
            third.useCodebook(dir.resolve("codebook.yaml"), false);
            assertThat(third.importCodings(xlsx).added()).isEqualTo(3);
            assertThat(third.codings("d01-s01")).extracting(Coding::memo).contains("=cross turn");
        }
    }

    @Test
    void aBadTableIsRefusedWholeWithItsLine() throws IOException {
        String header = "coder,transcript,turn,code,value\n";
        record Bad(String rows, String message) {
        }
        List<Bad> bad = List.of(
                new Bad("anna,d01-s01,1,statement,\nanna,d09,1,statement,\n", "bad.csv, line 3: no transcript named 'd09' in p.attune"),
                new Bad("anna,d01-s01,1,statment,\n", "bad.csv, line 2: no code 'statment' in the codebook (give its id, as in 'attune codebook show')"),
                new Bad("anna,d01-s01,9,statement,\n", "bad.csv, line 2: d01-s01 has turns 1 to 4, not 9"),
                new Bad("anna,d01-s01,x,statement,\n", "bad.csv, line 2, column 'turn': expected a turn number (from 1), found 'x'"),
                new Bad("anna,d01-s01,2,statement,\n", "bad.csv, line 2: code 'statement' is for therapist turns (group 'form'), and turn 2 of d01-s01 is the client's (Client)"),
                new Bad("anna,d01-s01,1,statement,\nanna,d01-s01,1,question,\n", "bad.csv, line 3: anna has 'statement' (line 2) and 'question' on turn 1 of d01-s01, and group 'form' is exclusive: at most one of its codes per turn"),
                new Bad("anna,d01-s01,2,level,7\n", "bad.csv, line 2: 7 is not a level of code 'level' (1, 2, 3)"),
                new Bad("anna,d01-s01,2,level,high\n", "bad.csv, line 2, column 'value': expected a number (a scale level, as 4 or 2.5), found 'high'"),
                new Bad("anna,d01-s01,1,statement,\nanna,d01-s01,1,statement,\n", "bad.csv, line 3: repeats line 2 (the same coder, code and text)"),
                new Bad(",d01-s01,1,statement,\n", "bad.csv, line 2, column 'coder': empty: every row needs a coder"));
        for (Bad b : bad) {
            Path file = write("bad.csv", header + b.rows());
            assertThatThrownBy(() -> workbench.importCodings(file)).as(b.rows()).hasMessage(b.message());
        }
        Path noCode = write("bad.csv", "coder,transcript,turn\nanna,d01-s01,1\n");
        assertThatThrownBy(() -> workbench.importCodings(noCode)).hasMessage("bad.csv, line 1: no code column in the header "
                + "(found: coder, transcript, turn): expected coder,transcript,turn,code and optionally value,start,end,end_turn,memo");
        assertThat(workbench.codings("d01-s01")).isEmpty();
        assertThat(workbench.coders()).isEmpty();
    }

    @Test
    void theDemoProjectHasTheCodebookAndTheSampleCoders() {
        Path demo = dir.resolve("demo.attune");
        DemoProject.Built built = DemoProject.build(demo, Progress.NONE);
        try (Workbench w = built.workbench()) {
            ProjectSummary summary = w.summary();
            assertThat(summary.codebook()).isEqualTo("Conversational Model");
            assertThat(summary.codebookVersion()).isEqualTo(1);
            assertThat(summary.coders()).extracting(c -> c.name()).containsExactly("anna", "ben", "carla");
            assertThat(summary.coders()).allSatisfy(c -> assertThat(c.codings()).isGreaterThan(500));
            assertThat(built.codings()).allSatisfy(r -> assertThat(r.added()).isEqualTo(r.rows()));
        }
        DemoProject.Built again = DemoProject.build(demo, Progress.NONE);
        try (Workbench w = again.workbench()) {
            assertThat(again.codebook()).isNull();
            assertThat(again.codings()).allSatisfy(r -> assertThat(r.unchanged()).isEqualTo(r.rows()));
            assertThat(w.codebookHistory()).hasSize(1);
        }
    }

    static Stream<Path> none() {
        return Stream.empty();
    }
}
