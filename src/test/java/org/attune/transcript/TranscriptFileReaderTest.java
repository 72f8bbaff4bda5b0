package org.attune.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.attune.model.Role;
import org.attune.model.SessionInfo;
import org.attune.model.Transcript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptFileReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void takesNameAndSessionFromTheFileNameUnlessGiven() throws IOException {
        Path file = write("d03-s02.txt", "Th: Hello.\nSam: Hi.\nMum: Hello all.\n");
        TranscriptFileReader.Whole result = TranscriptFileReader.readWhole(file, TranscriptFileReader.Settings.defaults(), Instant.EPOCH);
        Transcript t = result.transcript();
        assertThat(t.name()).isEqualTo("d03-s02");
        assertThat(t.sourceFile()).isEqualTo("d03-s02.txt");
        assertThat(t.sourceFormat()).isEqualTo("txt");
        assertThat(t.session()).isEqualTo(new SessionInfo("d03", 2, null));
        assertThat(t.turns()).extracting(turn -> turn.role()).containsExactly(Role.THERAPIST, Role.OTHER, Role.OTHER);
        assertThat(result.warnings()).containsExactly(
                "d03-s02.txt: Mum, Sam are neither therapist nor client (stored as other); name them as therapist or client");

        TranscriptFileReader.Settings given = new TranscriptFileReader.Settings(null,
                new SpeakerRoles(List.of(), List.of("Sam")), new SessionInfo("x9", null, LocalDate.of(2025, 3, 4)), "first");
        Transcript named = TranscriptFileReader.readWhole(file, given, Instant.EPOCH).transcript();
        assertThat(named.name()).isEqualTo("first");
        assertThat(named.session()).isEqualTo(new SessionInfo("x9", 2, LocalDate.of(2025, 3, 4)));
        assertThat(named.turns().get(1).role()).isEqualTo(Role.CLIENT);
    }

    @Test
    void theSameWordsInAnotherFormatHaveTheSameHash() throws IOException {
        Path txt = write("a.txt", "Therapist: Hello.\nClient: Hi there.\n");
        Path csv = write("b.csv", "speaker,text,start\nTherapist,Hello.,1\nClient,Hi there.,2\n");
        Path other = write("c.txt", "Therapist: Hello.\nClient: Hi there!\n");
        String hash = TranscriptFileReader.readWhole(txt, TranscriptFileReader.Settings.defaults(), Instant.EPOCH).transcript().contentHash();
        assertThat(TranscriptFileReader.readWhole(csv, TranscriptFileReader.Settings.defaults(), Instant.EPOCH).transcript().contentHash())
                .isEqualTo(hash);
        assertThat(TranscriptFileReader.readWhole(other, TranscriptFileReader.Settings.defaults(), Instant.EPOCH).transcript().contentHash())
                .isNotEqualTo(hash);
    }

    @Test
    void refusesAHugeFileWithoutReadingIt() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(2L * 1024 * 1024 * 1024); // sparse: takes no disk space
        }
        assertThatThrownBy(() -> TranscriptFileReader.readWhole(huge, TranscriptFileReader.Settings.defaults(), Instant.EPOCH))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("huge.txt: too large (2.0 GB): Attune reads transcripts of up to 256 MB; is this the right file?");
    }

    @Test
    void refusesEmptyFilesFoldersAndMissingFiles() throws IOException {
        Path empty = write("empty.vtt", "");
        assertThatThrownBy(() -> TranscriptFileReader.readWhole(empty, TranscriptFileReader.Settings.defaults(), Instant.EPOCH))
                .hasMessage("empty.vtt: empty: expected a transcript");
        Path folder = Files.createDirectory(dir.resolve("folder.txt"));
        assertThatThrownBy(() -> TranscriptFileReader.readWhole(folder, TranscriptFileReader.Settings.defaults(), Instant.EPOCH))
                .hasMessage("folder.txt: a folder, not a transcript file");
        Path missing = dir.resolve("missing.txt");
        assertThatThrownBy(() -> TranscriptFileReader.readWhole(missing, TranscriptFileReader.Settings.defaults(), Instant.EPOCH))
                .hasMessage(missing + ": no such file");
    }

    @Test
    void saysWhenAnUnknownExtensionWasReadAsText() throws IOException {
        Path page = write("page.html", "<html><body>\nhello\n</body></html>\n");
        assertThatThrownBy(() -> TranscriptFileReader.readWhole(page, TranscriptFileReader.Settings.defaults(), Instant.EPOCH))
                .hasMessage("page.html: not a transcript format Attune knows by its name (txt, docx, vtt, srt, csv), "
                        + "and read as txt: no turns found: expected lines that start with a speaker label, "
                        + "such as 'Therapist: How are you?' or '[00:01:23] Client: Fine.'");
        Path notes = write("notes.md", "Therapist: Hello.\n[00:99:00] Client: Hi.\n");
        assertThatThrownBy(() -> TranscriptFileReader.readWhole(notes, TranscriptFileReader.Settings.defaults(), Instant.EPOCH))
                .hasMessage("notes.md: not a transcript format Attune knows by its name (txt, docx, vtt, srt, csv), "
                        + "and read as txt, line 2: expected a time such as 00:01:23 or 01:23.450, found '00:99:00'");
        Path markdown = write("session.md", "Therapist: Hello.\n");
        assertThat(TranscriptFileReader.readWhole(markdown, TranscriptFileReader.Settings.defaults(), Instant.EPOCH).transcript().turns())
                .hasSize(1);
    }

    @Test
    void aGivenFormatOverridesDetection() throws IOException {
        Path file = write("notes.vtt", "Therapist: Hello.\n");
        assertThatThrownBy(() -> TranscriptFileReader.readWhole(file, TranscriptFileReader.Settings.defaults(), Instant.EPOCH))
                .hasMessageStartingWith("notes.vtt, line 1: expected 'WEBVTT'");
        TranscriptFileReader.Settings asText = new TranscriptFileReader.Settings(TranscriptFormat.TXT,
                SpeakerRoles.byCommonLabels(), SessionInfo.UNKNOWN, null);
        assertThat(TranscriptFileReader.readWhole(file, asText, Instant.EPOCH).transcript().turns()).hasSize(1);
    }
}
