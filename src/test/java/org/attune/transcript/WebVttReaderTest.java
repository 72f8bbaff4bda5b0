package org.attune.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.transcript.Texts.speakers;
import static org.attune.transcript.Texts.texts;
import static org.attune.transcript.Texts.utf8;

import org.junit.jupiter.api.Test;

class WebVttReaderTest {

    private final WebVttReader reader = new WebVttReader();

    private ParsedTranscript read(String text) {
        return reader.read("call.vtt", utf8(text));
    }

    @Test
    void readsTeamsVoiceTagsAndMergesConsecutiveCuesOfOneSpeaker() {
        ParsedTranscript parsed = read("""
                WEBVTT

                NOTE
                Recording: session 2

                9f2c1a7e-5b1d-4c3a-8e0f-2d6b7a1c4e90/14-0
                00:01:02.340 --> 00:01:07.910
                <v Hannah Reid>How has the week been?</v>

                9f2c1a7e-5b1d-4c3a-8e0f-2d6b7a1c4e90/15-0
                00:01:08.000 --> 00:01:12.500
                <v Zoë Marchetti>Long. I went to M&amp;S and</v>

                9f2c1a7e-5b1d-4c3a-8e0f-2d6b7a1c4e90/15-1
                00:01:12.500 --> 00:01:15.000
                <v Zoë Marchetti>just stood there.</v>

                00:01:16.000 --> 00:01:17.000
                <v Hannah Reid>Mm.</v>
                """);
        assertThat(speakers(parsed)).containsExactly("Hannah Reid", "Zoë Marchetti", "Hannah Reid");
        assertThat(texts(parsed)).containsExactly("How has the week been?", "Long. I went to M&S and just stood there.", "Mm.");
        Utterance merged = parsed.utterances().get(1);
        assertThat(merged.startMs()).isEqualTo(68_000L);
        assertThat(merged.endMs()).isEqualTo(75_000L);
        assertThat(merged.line()).isEqualTo(11);
    }

    @Test
    void readsZoomSpeakerPrefixesStylesAndMarkup() {
        ParsedTranscript parsed = read("""
                WEBVTT Kind: captions

                STYLE
                ::cue { color: yellow }

                1
                00:00:01.000 --> 00:00:04.000 align:start position:10%
                Dr Lee: <i>Welcome</i> back.
                How are you?

                2
                00:00:04.500 --> 00:00:06.000
                Sam: <c.loud>Fine</c>,<00:00:05.000> thanks &lt;mostly&gt;.

                3
                00:00:06.000 --> 00:00:08.000
                Not sure, really.
                """);
        assertThat(speakers(parsed)).containsExactly("Dr Lee", "Sam");
        assertThat(texts(parsed)).containsExactly("Welcome back. How are you?", "Fine, thanks <mostly>. Not sure, really.");
    }

    @Test
    void splitsACueWithTwoVoices() {
        ParsedTranscript parsed = read("""
                WEBVTT

                00:00:01.000 --> 00:00:03.000
                <v.first Therapist>Ready?</v>
                <v Client>Yes.</v>
                """);
        assertThat(speakers(parsed)).containsExactly("Therapist", "Client");
        assertThat(texts(parsed)).containsExactly("Ready?", "Yes.");
    }

    @Test
    void cuesBeforeTheFirstNamedSpeakerGoToUnknownWithAWarning() {
        ParsedTranscript parsed = read("""
                WEBVTT

                00:00:01.000 --> 00:00:03.000
                (recording starts)

                00:00:03.000 --> 00:00:05.000
                <v Therapist>Hello.</v>
                """);
        assertThat(speakers(parsed)).containsExactly("Unknown", "Therapist");
        assertThat(parsed.warnings()).containsExactly("call.vtt, line 3: 1 cue before the first named speaker went to speaker 'Unknown'");
    }

    @Test
    void refusesAFileWithoutTheHeader() {
        assertThatThrownBy(() -> read("00:00:01.000 --> 00:00:03.000\n<v T>Hi</v>\n"))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("call.vtt, line 1: expected 'WEBVTT' at the start of a WebVTT file, found '00:00:01.000 --> 00:00:03.000'");
    }

    @Test
    void refusesAMalformedCueTimingWithItsLine() {
        assertThatThrownBy(() -> read("""
                WEBVTT

                1
                00:00:01.000 --> 00:00:03.000
                <v T>Hi</v>

                2
                00:00:04 -> 00:00:05
                <v C>Hello</v>
                """))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("call.vtt, line 8: expected a cue timing such as 00:01:02.000 --> 00:01:05.000 (or a NOTE block), found '00:00:04 -> 00:00:05'");
    }

    @Test
    void refusesACueThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> read("WEBVTT\n\n00:00:05.000 --> 00:00:03.000\n<v T>Hi</v>\n"))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("call.vtt, line 3: the cue ends (00:00:03.000) before it starts (00:00:05.000)");
    }

    @Test
    void refusesATimingWithImpossibleSeconds() {
        assertThatThrownBy(() -> read("WEBVTT\n\n00:00:75.000 --> 00:01:03.000\n<v T>Hi</v>\n"))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("call.vtt, line 3: expected a cue timing such as 00:01:02.000 --> 00:01:05.000, found "
                        + "'00:00:75.000 --> 00:01:03.000': not a time: '00:00:75.000' (minutes and seconds go up to 59)");
    }

    @Test
    void refusesCaptionsThatNameNoSpeaker() {
        assertThatThrownBy(() -> read("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nhello there\n"))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("call.vtt: no speakers named: expected <v Name> voice tags or 'Name:' at the start of cues");
    }

    @Test
    void refusesAFileWithoutCues() {
        assertThatThrownBy(() -> read("WEBVTT\n\nNOTE nothing here\n"))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("call.vtt: no cues found: expected cues with a timing line such as 00:01:02.000 --> 00:01:05.000");
    }
}
