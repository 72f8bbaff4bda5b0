package org.attune.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.attune.index.QueryVocabulary;
import org.attune.model.Codebook;
import org.attune.workbench.DemoProject;
import org.attune.workbench.Progress;
import org.attune.workbench.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search field's completions of field names and, after a code field, of codes. */
class QueryCompletionTest {

    @TempDir
    Path dir;

    @Test
    void completesFieldsAndCodes() {
        Codebook codebook;
        try (Workbench w = DemoProject.build(dir.resolve("demo.attune"), Progress.NONE).workbench()) {
            codebook = w.codebook().orElseThrow().codebook();
        }
        var fields = QueryVocabulary.fields();
        assertThat(fields).contains("speaker", "code", "next.code");

        String query = "feel AND spe";
        var offer = QueryCompletion.at(query, query.length(), fields, codebook);
        assertThat(offer.replacements()).containsExactly("speaker:");
        assertThat(QueryCompletion.apply(query, query.length(), offer, "speaker:")).isEqualTo("feel AND speaker:");

        String codes = "mother AND next.code:self";
        var codeOffer = QueryCompletion.at(codes, codes.length(), fields, codebook);
        assertThat(codeOffer.replacements()).first().isEqualTo("next.code:self-state-shift");
        assertThat(QueryCompletion.at("code:amplif", 11, fields, codebook).replacements()).containsExactly("code:amplification");
        // By any part of the name, not only the id's start.
        assertThat(QueryCompletion.at("code:feeling", 12, fields, codebook).replacements())
                .contains("code:feeling-language", "code:staying-with-feeling");
        assertThat(QueryCompletion.at("\"I don't", 8, fields, codebook).replacements()).isEmpty();
        assertThat(QueryCompletion.at("(nar", 4, fields, codebook).replacements()).isEmpty();
    }
}
