package org.attune.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.attune.exchange.PseudonymTable;
import org.attune.model.Coding;
import org.attune.model.Role;
import org.attune.model.SessionInfo;
import org.attune.model.Span;
import org.attune.model.Transcript;
import org.attune.model.Turn;
import org.attune.transcript.ContentHash;
import org.junit.jupiter.api.Test;

/** How listed names are found in text: normalisation, case, common words, possessives and line breaks. */
class NameFormsTest {

    static final Pseudonyms LIST = new Pseudonyms(PseudonymTable.read("names.csv",
            "name,replacement\nZoë,Client B\nSam,Client C\nHannah Reid,Dr A\nWill,W\nDaniel,Client D\n"));

    private static String text(String in) {
        return LIST.text(in, new java.util.HashMap<>());
    }

    @Test
    void aDecomposedNameIsTheSameName() {
        String decomposed = Normalizer.normalize("Zoë", Normalizer.Form.NFD);
        assertThat(decomposed).hasSize(4);
        assertThat(text("Hello " + decomposed + ", and ZOË")).isEqualTo("Hello Client B, and CLIENT B");
        // Without its diaeresis it is another name, and with a combining mark after it, another letter.
        assertThat(text("Zoe and Samé")).isEqualTo("Zoe and Samé");
        assertThat(text("Sam\u0301")).isEqualTo("Sam\u0301");
    }

    @Test
    void aNameIsFoundInAnyCaseUnlessItIsAlsoACommonWord() {
        assertThat(NameForms.isCommonWord("Will")).isTrue();
        assertThat(NameForms.isCommonWord("Zoë")).isFalse();
        assertThat(NameForms.isCommonWord("Hannah Reid")).isFalse();
        assertThat(text("sam, SAM, Sam, sAm")).isEqualTo("Client C, CLIENT C, Client C, Client C");
        assertThat(text("I will ask Will. WILL!")).isEqualTo("I will ask W. W!");
        assertThat(text("daniel")).isEqualTo("Client D");
    }

    @Test
    void possessivesAndWholeWordsOnly() {
        assertThat(text("Sam's week, Sam’s friend, Sams, Samuel, Daniel-led")).isEqualTo(
                "Client C's week, Client C’s friend, Sams, Samuel, Client D-led");
    }

    @Test
    void aNameBrokenAcrossALineIsFound() {
        assertThat(text("Hannah\nReid came")).isEqualTo("Dr A came");
        assertThat(text("Hannah \r\n Reid came")).isEqualTo("Dr A came");
        assertThat(text("Dan-\niel and Dan\niel")).isEqualTo("Client D and Client D");
        // A hyphen alone is no line break: "Dan-iel" is not the name.
        assertThat(text("Dan-iel")).isEqualTo("Dan-iel");
    }

    @Test
    void aCodingAcrossALineBrokenNameFollowsIt() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        List<Turn> turns = List.of(new Turn(1, "T", Role.THERAPIST, null, null, "Ask Hannah\nReid now."));
        Transcript transcript = new Transcript("s1", "s1.txt", "txt", ContentHash.of(turns), t, new SessionInfo(null, null, null), turns);
        // "now" lies at 16..19 before, and at 9..12 once "Hannah\nReid" (11 code points) is "Dr A" (4).
        Coding now = new Coding("anna", "s1", "c", new Span(1, 16, 1, 19), null, null, t, t);
        Pseudonyms.Applied applied = LIST.apply(transcript, List.of(now));
        assertThat(applied.transcript().turn(1).text()).isEqualTo("Ask Dr A now.");
        Span moved = applied.codings().getFirst().span();
        assertThat(moved).isEqualTo(new Span(1, 9, 1, 12));
        assertThat(applied.transcript().turn(1).text().substring(moved.startOffset(), moved.endOffset())).isEqualTo("now");
        assertThat(Pseudonyms.restore(applied.codings().getFirst(), applied.edits(), transcript).span()).isEqualTo(now.span());
    }

    @Test
    void aPseudonymisedCodersNameLeadsBackToTheCoder() {
        assertThat(LIST.name("sam", new java.util.HashMap<>())).isEqualTo("Client C");
        assertThat(LIST.before("Client C", List.of("anna", "sam"))).isEqualTo(Optional.of("sam"));
        assertThat(LIST.before("anna", List.of("anna", "sam"))).isEqualTo(Optional.of("anna"));
        assertThat(LIST.before("Client C", List.of("Sam", "sam"))).isEmpty();
    }
}
