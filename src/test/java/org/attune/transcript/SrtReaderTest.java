package org.attune.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.transcript.Texts.speakers;
import static org.attune.transcript.Texts.texts;
import static org.attune.transcript.Texts.utf8;

import org.junit.jupiter.api.Test;

class SrtReaderTest {

    private final SrtReader reader = new SrtReader();

    private ParsedTranscript read(String text) {
        return reader.read("session.srt", utf8(text));
    }

    @Test
    void readsNumberedCuesWithCrLfAndAByteOrderMark() {
        String srt = "\uFEFF1\r\n00:00:01,000 --> 00:00:04,000\r\nDr Okafor: Hello, Daniel.\r\n\r\n"
                + "2\r\n00:00:04,500 --> 00:00:07,250\r\nDaniel: Hi. So, um,\r\nwhere do I start.\r\n\r\n"
                + "3\r\n00:00:07,250 --> 00:00:09,000\r\n<i>It's been a week.</i>\r\n\r\n"
                + "4\r\n00:00:09,500 --> 00:00:10,000\r\nDr Okafor: {\\an8}Mm.\r\n";
        ParsedTranscript parsed = read(srt);
        assertThat(speakers(parsed)).containsExactly("Dr Okafor", "Daniel", "Dr Okafor");
        assertThat(texts(parsed)).containsExactly("Hello, Daniel.", "Hi. So, um, where do I start. It's been a week.", "Mm.");
        Utterance daniel = parsed.utterances().get(1);
        assertThat(daniel.startMs()).isEqualTo(4_500L);
        assertThat(daniel.endMs()).isEqualTo(9_000L);
        assertThat(daniel.line()).isEqualTo(6);
    }

    @Test
    void toleratesCuesWithoutNumbersAndDotDecimals() {
        ParsedTranscript parsed = read("""
                00:00:01.000 --> 00:00:02.000
                T: Hello.

                00:00:02.000 --> 00:00:03.000
                C: Hi.
                """);
        assertThat(speakers(parsed)).containsExactly("T", "C");
    }

    @Test
    void skipsCuesWithoutText() {
        ParsedTranscript parsed = read("""
                1
                00:00:01,000 --> 00:00:02,000

                2
                00:00:02,000 --> 00:00:03,000
                C: Hi.
                """);
        assertThat(texts(parsed)).containsExactly("Hi.");
    }

    @Test
    void refusesAMalformedCueNumberWithItsLine() {
        assertThatThrownBy(() -> read("""
                1
                00:00:01,000 --> 00:00:02,000
                T: Hello.

                two
                00:00:02,000 --> 00:00:03,000
                C: Hi.
                """))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("session.srt, line 5: expected a cue number, found 'two'");
    }

    @Test
    void refusesAMissingTimingLine() {
        assertThatThrownBy(() -> read("1\n00:00:01,000 --> 00:00:02,000\nT: Hello.\n\n2\n"))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("session.srt, line 6: expected a cue timing such as 00:01:02,000 --> 00:01:05,000 after cue number 2");
    }

    @Test
    void refusesAMalformedTimingLine() {
        assertThatThrownBy(() -> read("1\n00:00:01,000 - 00:00:02,000\nT: Hello.\n"))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("session.srt, line 2: expected a cue timing such as 00:01:02,000 --> 00:01:05,000, found '00:00:01,000 - 00:00:02,000'");
    }
}
