package org.attune.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.attune.exchange.PseudonymTable;
import org.attune.model.Coding;
import org.attune.model.Role;
import org.attune.model.SessionInfo;
import org.attune.model.Span;
import org.attune.model.Transcript;
import org.attune.model.Turn;
import org.attune.transcript.ContentHash;
import org.junit.jupiter.api.Test;

/** Names replaced in speakers and text, and codings carried over to the new text and back. */
class PseudonymsTest {

    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    static final Pseudonyms LIST = new Pseudonyms(PseudonymTable.read("names.csv",
            "name,replacement\nHannah Reid,Dr A\nHannah,A\nZoë,Client B\nRenée,Partner\n"));

    static Transcript transcript(String... texts) {
        List<Turn> turns = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            turns.add(new Turn(i + 1, i % 2 == 0 ? "Hannah Reid" : "Zoë", i % 2 == 0 ? Role.THERAPIST : Role.CLIENT, null, null,
                    texts[i]));
        }
        return new Transcript("zoë-s1", "zoë-s1.vtt", "vtt", ContentHash.of(turns), T, new SessionInfo("Zoë", 1, null), turns);
    }

    static Coding coding(Span span) {
        return new Coding("anna", "zoë-s1", "narrative", span, null, null, T, T);
    }

    @Test
    void namesAreReplacedAsWholeWordsInAnyCaseLongestFirst() {
        Transcript t = transcript("Hello Zoë. Hannah Reid here; call me Hannah.", "ZOË's fine. Renée and Zoëy and Hannahs, and zoë.");
        Pseudonyms.Applied applied = LIST.apply(t, List.of());
        assertThat(applied.transcript().turn(1).text()).isEqualTo("Hello Client B. Dr A here; call me A.");
        assertThat(applied.transcript().turn(2).text()).isEqualTo("CLIENT B's fine. Partner and Zoëy and Hannahs, and Client B.");
        assertThat(applied.transcript().turn(1).speaker()).isEqualTo("Dr A");
        assertThat(applied.transcript().turn(2).speaker()).isEqualTo("Client B");
        assertThat(applied.transcript().name()).isEqualTo("Client B-s1");
        assertThat(applied.transcript().session().dyad()).isEqualTo("Client B");
        assertThat(applied.replaced()).containsEntry("Zoë", 7).containsEntry("Hannah Reid", 2).containsEntry("Hannah", 1)
                .containsEntry("Renée", 1);
        assertThat(applied.transcript().contentHash()).isNotEqualTo(t.contentHash());
    }

    @Test
    void codingsFollowTheTextAndComeBackExactly() {
        Transcript t = transcript("I met Renée at the café, and Renée said no.", "Fine 🙂 thanks.");
        String text = t.turn(1).text();
        // "at the café" lies after one replaced name: it moves by the difference in length.
        int from = text.indexOf("at the");
        Span after = new Span(1, from, 1, from + "at the café".length());
        // A coding that starts inside a name starts at its replacement's start; one that ends inside, at its end.
        Span inside = new Span(1, text.indexOf("Renée") + 2, 1, text.lastIndexOf("Renée") + 3);
        Span whole = Span.wholeTurn(1, t.turn(1).codePoints());
        Span emoji = Span.wholeTurn(2, t.turn(2).codePoints());
        Pseudonyms.Applied applied = LIST.apply(t, List.of(coding(after), coding(inside), coding(whole), coding(emoji)));
        Transcript p = applied.transcript();
        assertThat(p.text(applied.codings().get(0).span())).isEqualTo("at the café");
        assertThat(p.text(applied.codings().get(1).span())).isEqualTo("Partner at the café, and Partner");
        assertThat(applied.codings().get(2).span()).isEqualTo(Span.wholeTurn(1, p.turn(1).codePoints()));
        assertThat(applied.codings().get(3).span()).isEqualTo(emoji);
        // Back: a coding made on the pseudonymised text lands on the same words of the original.
        for (int i = 0; i < 4; i++) {
            Coding there = applied.codings().get(i);
            Coding back = Pseudonyms.restore(there, applied.edits(), t);
            assertThat(back.span()).isEqualTo(List.of(after, new Span(1, text.indexOf("Renée"), 1, text.lastIndexOf("Renée") + 5),
                    whole, emoji).get(i));
        }
        Span partOfPartner = new Span(1, p.turn(1).text().indexOf("Partner") + 1, 1, p.turn(1).text().indexOf("Partner") + 4);
        Span restored = Pseudonyms.restore(coding(partOfPartner), applied.edits(), t).span();
        assertThat(t.text(restored)).isEqualTo("Renée");
    }

    @Test
    void theSameListAlwaysGivesTheSameTextAndFingerprint() {
        Transcript t = transcript("Zoë and Renée.");
        assertThat(LIST.apply(t, List.of()).transcript()).isEqualTo(LIST.apply(t, List.of()).transcript());
        assertThat(LIST.id()).isEqualTo(new Pseudonyms(LIST.entries()).id()).hasSize(16);
        assertThat(LIST.occurrences(t)).containsEntry("Zoë", 1).containsEntry("Renée", 1).containsEntry("Hannah Reid", 1);
    }
}
