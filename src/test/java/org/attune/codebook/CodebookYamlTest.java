package org.attune.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.model.AppliesTo;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.Codebook;
import org.attune.model.ScaleMeasure;
import org.junit.jupiter.api.Test;

class CodebookYamlTest {

    static String resource(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/codebooks/yaml", name), StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryField() throws IOException {
        Codebook codebook = CodebookYaml.read("small.yaml", resource("small.yaml"));
        assertThat(codebook.name()).isEqualTo("Small test codebook");
        assertThat(codebook.version()).isEqualTo("2.1");
        assertThat(codebook.authors()).containsExactly("Test Lab");
        assertThat(codebook.notes()).isEqualTo("First line of the notes.\n\nA second paragraph, with a colon: here.");
        assertThat(codebook.groups()).hasSize(2);
        assertThat(codebook.groups().getFirst().exclusive()).isTrue();
        assertThat(codebook.groups().getFirst().appliesTo()).isEqualTo(AppliesTo.THERAPIST);
        Code statement = codebook.code("statement").orElseThrow();
        assertThat(statement.examples()).containsExactly("It sounds as if the week was heavy.", "She said “no”, didn’t she?");
        assertThat(statement.color()).isEqualTo("#4E79A7");
        assertThat(statement.key()).isEqualTo("s");
        Code level = codebook.code("experiencing-level").orElseThrow();
        assertThat(level.kind()).isEqualTo(CodeKind.SCALE);
        assertThat(level.measure()).isEqualTo(ScaleMeasure.ORDINAL);
        assertThat(level.levels()).extracting(l -> l.value()).containsExactly(BigDecimal.ONE, BigDecimal.valueOf(2), new BigDecimal("2.5"));
    }

    @Test
    void writingAndReadingBackLosesNothing() throws IOException {
        Codebook codebook = CodebookYaml.read("small.yaml", resource("small.yaml"));
        String written = CodebookYaml.write(codebook);
        assertThat(CodebookYaml.read("written.yaml", written)).isEqualTo(codebook);
        assertThat(CodebookYaml.write(CodebookYaml.read("written.yaml", written))).isEqualTo(written);
    }

    @Test
    void theShippedCodebookIsValidAndRoundTrips() throws IOException {
        String text = Files.readString(Path.of("codebooks/conversational-model.yaml"), StandardCharsets.UTF_8);
        assertThat(CodebookYaml.check(text)).isEmpty();
        Codebook codebook = CodebookYaml.read("conversational-model.yaml", text);
        assertThat(CodebookYaml.read("again.yaml", CodebookYaml.write(codebook))).isEqualTo(codebook);
    }

    @Test
    void reportsEveryProblemWithItsLineAndColumn() throws IOException {
        List<String> problems = CodebookYaml.check(resource("broken.yaml")).stream().map(CodebookProblem::toString).toList();
        assertThat(problems).containsExactly(
                "line 1, column 1: the codebook has no version",
                "line 3, column 9: id 'Form' must be lower case letters, digits, '-' and '_', starting with a letter or digit",
                "line 5, column 5: unknown field 'exlusive' in the group on line 3: expected applies_to, codes, description, exclusive, id, name",
                "line 6, column 17: the group on line 3: applies_to is 'everyone': expected therapist, client or any",
                "line 10, column 16: code 'statement': color 'blue' is not a color: expected #RRGGBB or #RGB, as in \"#4E79A7\" (in quotes: YAML reads # as a comment)",
                "line 14, column 14: code 'question': key 's' is already the key of the code on line 11",
                "line 15, column 13: id 'statement' is already used on line 8: ids are unique across groups and codes",
                "line 20, column 9: code 'level' is a scale without levels: expected 'levels', a list of at least two {value, label}",
                "line 25, column 9: code 'flagged' has levels but is a flag: add 'kind: scale', or remove the levels",
                "line 30, column 14: code 'keyed': key 'j' must be one letter a-z or A-Z (not j or k, which move between turns; digits choose scale levels)");
    }

    @Test
    void theErrorSaysHowManyProblemsThereAre() throws IOException {
        assertThatThrownBy(() -> CodebookYaml.read("broken.yaml", resource("broken.yaml")))
                .isInstanceOf(CodebookFormatException.class)
                .hasMessage("broken.yaml, line 1, column 1: the codebook has no version (and 9 more problems: "
                        + "run 'attune codebook check broken.yaml' to see them all)");
    }

    @Test
    void refusesWhatIsNotACodebook() throws IOException {
        assertThat(CodebookYaml.check("")).extracting(CodebookProblem::toString)
                .containsExactly("the file is empty: expected a codebook with a name, a version and groups");
        assertThat(CodebookYaml.check("- a\n- b\n")).extracting(CodebookProblem::toString)
                .containsExactly("line 1, column 1: the codebook is a list: expected a mapping of fields (field: value)");
        assertThat(CodebookYaml.check("name: [unclosed\n")).singleElement().asString().startsWith("line 1, column 16: not valid YAML:");
        assertThat(CodebookYaml.check("name: a\nname: b\nversion: 1\ngroups: []\n")).extracting(CodebookProblem::toString)
                .contains("line 2, column 1: field 'name' is given twice (first on line 1)");
    }

    @Test
    void anAliasBombIsNeverExpanded() throws IOException {
        // Nine levels of nine aliases would be 9^9 strings if expanded; the reader never expands aliases.
        List<String> problems = CodebookYaml.check(resource("laughs.yaml")).stream().map(CodebookProblem::toString).toList();
        assertThat(problems).hasSize(12 + 72).contains("line 9, column 1: unknown field 'i' in the codebook: expected authors, "
                + "citations, description, groups, name, notes, version");
    }

    @Test
    void anAliasIsNotTakenForText() {
        String text = "name: &n Test\nversion: *n\ngroups:\n  - id: g\n    name: G\n    codes:\n      - id: c\n        name: C\n";
        assertThat(CodebookYaml.check(text)).extracting(CodebookProblem::toString)
                .containsExactly("line 2, column 10: YAML anchors and aliases are not supported: write the text out");
    }
}
