package org.attune.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.transcript.Texts.speakers;
import static org.attune.transcript.Texts.starts;
import static org.attune.transcript.Texts.texts;
import static org.attune.transcript.Texts.utf8;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

    private final PlainTextReader reader = new PlainTextReader();

    private ParsedTranscript read(String text) {
        return reader.read("session.txt", utf8(text));
    }

    @Test
    void readsSpeakerLines() {
        ParsedTranscript parsed = read("""
                Therapist: How has the week been?
                Client: Long. Very long.
                Therapist: Mm.
                """);
        assertThat(speakers(parsed)).containsExactly("Therapist", "Client", "Therapist");
        assertThat(texts(parsed)).containsExactly("How has the week been?", "Long. Very long.", "Mm.");
        assertThat(parsed.utterances()).extracting(Utterance::line).containsExactly(1, 2, 3);
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void readsTimestampsInTheUsualForms() {
        ParsedTranscript parsed = read("""
                [00:01:23] Therapist: one
                (01:30) Client: two
                00:01:41.250 Dr Lee: three
                Dr Lee (00:02:05): four
                Dr Lee [00:02:10]: five
                [00:02:20 - 00:02:25] Client: six
                Client: seven
                """);
        assertThat(starts(parsed)).containsExactly(83_000L, 90_000L, 101_250L, 125_000L, 130_000L, 140_000L, null);
        assertThat(speakers(parsed)).containsExactly("Therapist", "Client", "Dr Lee", "Dr Lee", "Dr Lee", "Client", "Client");
        assertThat(texts(parsed)).containsExactly("one", "two", "three", "four", "five", "six", "seven");
    }

    @Test
    void joinsWrappedLinesWithASpaceAndParagraphsWithALineBreak() {
        ParsedTranscript parsed = read("""
                Client: I went to the house and it was
                all exactly where he left it.

                And I just stood there.
                Therapist: You stood there.
                """);
        assertThat(texts(parsed)).containsExactly(
                "I went to the house and it was all exactly where he left it.\nAnd I just stood there.",
                "You stood there.");
    }

    @Test
    void aColonInsideATurnDoesNotStartANewSpeaker() {
        ParsedTranscript parsed = read("""
                Client: And he goes, like,
                and then she said: no, not today.
                so the plan was: leave at 5:30 and not look back
                5:30 came and went.
                Therapist: Mm.
                """);
        assertThat(speakers(parsed)).containsExactly("Client", "Therapist");
        assertThat(texts(parsed).get(0)).isEqualTo("And he goes, like, and then she said: no, not today. "
                + "so the plan was: leave at 5:30 and not look back 5:30 came and went.");
    }

    @Test
    void readsLowerCaseRoleAbbreviationsAndNamesWithParticlesAndAccents() {
        ParsedTranscript parsed = read("""
                t: Hello.
                c: Hi.
                Ana de la Cruz: Hola.
                Zoë O'Brien-Smith: Hi there.
                Speaker 2: Yes.
                """);
        assertThat(speakers(parsed)).containsExactly("t", "c", "Ana de la Cruz", "Zoë O'Brien-Smith", "Speaker 2");
    }

    @Test
    void readsTheOtterStyle() {
        ParsedTranscript parsed = read("""
                Hannah Reid  0:04
                So. How are you doing?

                Zoë Marchetti  0:09
                Okay.
                I did it. I rang her.

                Hannah Reid  1:02:15
                You rang her.
                """);
        assertThat(speakers(parsed)).containsExactly("Hannah Reid", "Zoë Marchetti", "Hannah Reid");
        assertThat(starts(parsed)).containsExactly(4_000L, 9_000L, 3_735_000L);
        assertThat(texts(parsed)).containsExactly("So. How are you doing?", "Okay. I did it. I rang her.", "You rang her.");
    }

    @Test
    void aTimeAloneOnALineStartsTheNextTurn() {
        ParsedTranscript parsed = read("""
                [00:05:00]
                Therapist: Shall we begin?
                """);
        assertThat(starts(parsed)).containsExactly(300_000L);
    }

    @Test
    void skipsAHeaderBeforeTheFirstSpeakerWithAWarning() {
        ParsedTranscript parsed = read("""
                Session 1 – Zoë M. – 3 March 2025
                transcribed by R. Patel

                Therapist: Hello.
                """);
        assertThat(speakers(parsed)).containsExactly("Therapist");
        assertThat(parsed.warnings()).containsExactly("session.txt: lines 1-2 before the first speaker label were skipped");
    }

    @Test
    void dropsATurnWithoutWordsWithAWarning() {
        ParsedTranscript parsed = read("""
                Therapist: Hello.
                Client:
                Therapist: Are you there?
                """);
        assertThat(texts(parsed)).containsExactly("Hello.", "Are you there?");
        assertThat(parsed.warnings()).containsExactly("session.txt, line 2: Client says nothing; skipped");
    }

    @Test
    void readsCrLfAndAByteOrderMarkAndUtf16() {
        String text = "Therapist: Caf\u00e9?\r\nClient: Oui \uD83D\uDE42\r\n";
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text));
        assertThat(texts(reader.read("a.txt", withBom))).containsExactly("Café?", "Oui 🙂");
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        assertThat(texts(reader.read("a.txt", utf16))).containsExactly("Café?", "Oui 🙂");
        byte[] utf16be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        assertThat(texts(reader.read("a.txt", utf16be))).containsExactly("Café?", "Oui 🙂");
    }

    @Test
    void readsWindows1252WithAWarning() {
        byte[] bytes = "Therapist: Caf\u00e9 \u201cnoir\u201d?\nClient: Oui.\n".getBytes(Charset.forName("windows-1252"));
        ParsedTranscript parsed = reader.read("old.txt", bytes);
        assertThat(texts(parsed)).containsExactly("Café “noir”?", "Oui.");
        assertThat(parsed.warnings()).singleElement().asString()
                .startsWith("old.txt is not valid UTF-8 (byte 0xE9 at offset 14); read it as windows-1252");
    }

    @Test
    void refusesATextWithoutSpeakerLabels() {
        assertThatThrownBy(() -> read("Just some notes about the session.\nNothing else.\n"))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("session.txt: no turns found: expected lines that start with a speaker label, "
                        + "such as 'Therapist: How are you?' or '[00:01:23] Client: Fine.'");
    }

    @Test
    void refusesABadTimeWithItsLine() {
        assertThatThrownBy(() -> read("Therapist: Hello.\n[00:75:00] Client: Hi.\n"))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("session.txt, line 2: expected a time such as 00:01:23 or 01:23.450, found '00:75:00'");
    }

    @Test
    void refusesBinaryData() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> reader.read("picture.txt", png))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("picture.txt: binary data (a NUL byte at offset 8): expected a text file in UTF-8, "
                        + "or UTF-16 with a byte order mark");
    }

    @Test
    void refusesManyControlCharactersEvenWithoutNulBytes() {
        byte[] bytes = new byte[400];
        Arrays.fill(bytes, (byte) 'a');
        for (int i = 50; i < 400; i += 10) {
            bytes[i] = 0x01;
        }
        assertThatThrownBy(() -> reader.read("noise.txt", bytes))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessageStartingWith("noise.txt, line 1: binary data (control character 0x01)");
    }

    @Test
    void refusesAByteOrderMarkThatLies() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'T', ':', ' ', (byte) 0xC3, (byte) 0x28};
        assertThatThrownBy(() -> reader.read("bom.txt", bytes))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("bom.txt: starts with a UTF-8 byte order mark but is not valid UTF-8");
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
