package org.attune.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.attune.index.ResultOrder;
import org.attune.index.SearchRequest;
import org.attune.model.AppliesTo;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.Role;
import org.attune.model.SessionInfo;
import org.attune.model.Span;
import org.attune.model.Transcript;
import org.attune.model.Turn;
import org.attune.index.QueryVocabulary;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A use case's changes reach the index at its end, or sooner when it searches in the middle: never by a rebuild. */
class SearchIndexRunTest {

    @TempDir
    Path dir;

    private static final Instant AT = Instant.parse("2025-03-03T10:00:00Z");
    private static final Codebook CODEBOOK = new Codebook("Test", "1", null, null, null, null, List.of(
            new CodeGroup("moves", "Moves", null, false, AppliesTo.ANY, List.of(Code.flag("amplification", "Amplification")))));

    @Test
    void aSearchInTheMiddleOfARunSeesWhatItCommittedWithoutARebuild() {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.attune")); SearchIndex index = new SearchIndex(store)) {
            List<Turn> turns = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                turns.add(new Turn(i, i % 2 == 1 ? "T" : "C", i % 2 == 1 ? Role.THERAPIST : Role.CLIENT, null, null, "words " + i));
            }
            store.addTranscripts(List.of(new Transcript("a", "a.txt", "txt", "h", AT, new SessionInfo(null, null, null), turns)));
            store.edit(edit -> edit.saveCodebook(CODEBOOK, "definition", "attached", AT));
            List<String> builds = new ArrayList<>();
            Progress heard = (done, total, item) -> builds.add(item);
            index.current(heard);
            assertThat(builds).isNotEmpty();
            builds.clear();
            QueryVocabulary vocabulary = QueryVocabulary.of(CODEBOOK, List.of("anna"));
            SearchRequest request = new SearchRequest("code:amplification", null, 10, ResultOrder.TRANSCRIPT, false, false);
            long inTheMiddle = index.change(() -> {
                store.edit(edit -> {
                    edit.putCoding(new Coding("anna", "a", "amplification", Span.wholeTurn(3, 7), null, null, AT, AT));
                    return null;
                });
                long found = index.current(heard).search(request, vocabulary).total();
                store.edit(edit -> {
                    edit.putCoding(new Coding("anna", "a", "amplification", Span.wholeTurn(5, 7), null, null, AT, AT));
                    return null;
                });
                return found;
            });
            assertThat(inTheMiddle).isEqualTo(1);
            assertThat(index.isCurrent()).isTrue();
            assertThat(index.current(heard).search(request, vocabulary).total()).isEqualTo(2);
            assertThat(builds).as("no rebuild").isEmpty();
        }
    }
}
