package org.attune.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.transcript.Texts.speakers;
import static org.attune.transcript.Texts.starts;
import static org.attune.transcript.Texts.texts;
import static org.attune.transcript.Texts.utf8;

import org.attune.model.Role;
import org.junit.jupiter.api.Test;

class DelimitedTextReaderTest {

    private final DelimitedTextReader reader = new DelimitedTextReader();

    private ParsedTranscript read(String name, String text) {
        return reader.read(name, utf8(text));
    }

    @Test
    void readsAHeaderAndQuotedCellsThatSpanLines() {
        ParsedTranscript parsed = read("s.csv", """
                start,end,speaker,text
                00:00:06.000,00:00:09.500,Therapist,"Hello, Daniel."
                00:00:10.000,00:00:20.000,Client,"He said ""fine"", and
                that was that."
                00:00:21.000,00:00:22.000,Therapist,Mm.
                """);
        assertThat(speakers(parsed)).containsExactly("Therapist", "Client", "Therapist");
        assertThat(texts(parsed)).containsExactly("Hello, Daniel.", "He said \"fine\", and\nthat was that.", "Mm.");
        assertThat(starts(parsed)).containsExactly(6_000L, 10_000L, 21_000L);
        assertThat(parsed.utterances()).extracting(Utterance::line).containsExactly(2, 3, 5);
        assertThat(parsed.utterances().get(0).endMs()).isEqualTo(9_500L);
    }

    @Test
    void aBackslashIsTextAndACellMayEndInOne() {
        // RFC 4180: only quotes are special. A backslash escape would turn C:\new into C:new, and a
        // cell ending in a backslash would swallow its closing quote and the rest of the file.
        ParsedTranscript parsed = read("s.csv", "speaker,text\nTherapist,Saved in C:\\new\\notes\nClient,\"it ends in \\\"\n"
                + "Therapist,\"a \\\"\"quote\"\"\"\n");
        assertThat(texts(parsed)).containsExactly("Saved in C:\\new\\notes", "it ends in \\", "a \\\"quote\"");
    }

    @Test
    void readsTsvSemicolonsSecondsMillisecondsAndARoleColumn() {
        ParsedTranscript tsv = read("s.tsv", "Speaker\tText\tStart\nAnna\tHi there\t1.5\nBen\tHello\t3\n");
        assertThat(starts(tsv)).containsExactly(1_500L, 3_000L);
        ParsedTranscript semicolons = read("s.csv", "speaker;utterance;start_ms;role\nAnna;Hi, there;1500;therapist\nBen;Hello;3000;C\n");
        assertThat(texts(semicolons)).containsExactly("Hi, there", "Hello");
        assertThat(starts(semicolons)).containsExactly(1_500L, 3_000L);
        assertThat(semicolons.utterances()).extracting(Utterance::roleHint).containsExactly(Role.THERAPIST, Role.CLIENT);
    }

    @Test
    void aRowWithoutASpeakerContinuesTheTurnAbove() {
        ParsedTranscript parsed = read("s.csv", "speaker,text\nClient,I went there\n,and stood.\nTherapist,Mm.\n");
        assertThat(texts(parsed)).containsExactly("I went there\nand stood.", "Mm.");
    }

    @Test
    void refusesAHeaderWithoutASpeakerColumn() {
        assertThatThrownBy(() -> read("s.csv", "start,end,text\n1,2,Hello\n"))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("s.csv, line 1: no speaker column in the header (found: start, end, text): "
                        + "expected a header row such as 'speaker,text' or 'start,end,speaker,text'");
    }

    @Test
    void refusesAShortRowWithItsLine() {
        assertThatThrownBy(() -> read("s.csv", "start,end,speaker,text\n1,2,Anna,Hi\n3,4,Ben\n"))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("s.csv, line 3: expected at least 4 cells (start, end, speaker, text), found 3");
    }

    @Test
    void refusesABadTimeWithItsLineAndColumn() {
        assertThatThrownBy(() -> read("s.csv", "start,speaker,text\n00:00:01,Anna,Hi\nsoon,Ben,Hello\n"))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("s.csv, line 3: expected a time such as 00:01:23.450 or a number of seconds in column 'start', found 'soon'");
    }

    @Test
    void refusesAnUnknownRole() {
        assertThatThrownBy(() -> read("s.csv", "speaker,text,role\nAnna,Hi,boss\n"))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("s.csv, line 2: expected a role (therapist, client or other) in column 'role', found 'boss'");
    }

    @Test
    void refusesAnUnclosedQuote() {
        StringBuilder csv = new StringBuilder("speaker,text\nAnna,\"Hi there\n");
        for (int i = 0; i < 300; i++) {
            csv.append("Ben,Hello ").append(i).append('\n');
        }
        assertThatThrownBy(() -> read("s.csv", csv.toString()))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessageStartingWith("s.csv, line 2: expected a well-formed CSV row: a quoted cell runs over many lines");
    }

    @Test
    void refusesAHeaderWithoutRows() {
        assertThatThrownBy(() -> read("s.csv", "speaker,text\n"))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("s.csv: no turns found: the header is there but no row has a speaker and text");
    }
}
