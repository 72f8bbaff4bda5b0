package org.attune.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.transcript.Texts.speakers;
import static org.attune.transcript.Texts.starts;
import static org.attune.transcript.Texts.texts;
import static org.attune.transcript.Texts.utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxReaderTest {

    private final DocxReader reader = new DocxReader();

    @TempDir
    Path dir;

    @Test
    void readsParagraphsWithSpeakerLabels() {
        byte[] docx = DocxFiles.paragraphs(
                "Session 2 – transcript",
                "Therapist: How has the week been?",
                "Client: Long.",
                "I went to the house.",
                "(00:05:10) Therapist: You went to the house.\nClient: Yes.");
        ParsedTranscript parsed = reader.read("s.docx", docx);
        assertThat(speakers(parsed)).containsExactly("Therapist", "Client", "Therapist", "Client");
        assertThat(texts(parsed)).containsExactly("How has the week been?", "Long.\nI went to the house.",
                "You went to the house.", "Yes.");
        assertThat(starts(parsed)).containsExactly(null, null, 310_000L, null);
        assertThat(parsed.utterances()).extracting(Utterance::line).containsExactly(2, 3, 5, 5);
        assertThat(parsed.warnings()).containsExactly("s.docx: paragraph 1 before the first speaker label was skipped");
    }

    @Test
    void readsATableWithAHeaderRow() {
        byte[] docx = DocxFiles.table("Session 3", List.of(
                List.of("Time", "Speaker", "Text"),
                List.of("00:00:02", "Dr Okafor", "Hello, Daniel."),
                List.of("00:00:05", "Daniel", "Hi. Can I start this time?"),
                List.of("", "", "I’ve got something."),
                List.of("00:00:13", "Dr Okafor", "Please.")));
        ParsedTranscript parsed = reader.read("s.docx", docx);
        assertThat(speakers(parsed)).containsExactly("Dr Okafor", "Daniel", "Dr Okafor");
        assertThat(texts(parsed)).containsExactly("Hello, Daniel.", "Hi. Can I start this time?\nI’ve got something.", "Please.");
        assertThat(starts(parsed)).containsExactly(2_000L, 5_000L, 13_000L);
    }

    @Test
    void refusesATableWithoutAHeaderAndWithoutLabelledParagraphs() {
        byte[] docx = DocxFiles.table("Session 3", List.of(
                List.of("00:00:02", "Dr Okafor", "Hello, Daniel."),
                List.of("00:00:05", "Daniel", "Hi.")));
        assertThatThrownBy(() -> reader.read("s.docx", docx))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessageStartingWith("s.docx: no turns found: the document's tables have no header row naming a speaker and a text column");
    }

    @Test
    void refusesABadTimeInATableWithItsRow() {
        byte[] docx = DocxFiles.table("", List.of(
                List.of("Time", "Speaker", "Text"),
                List.of("00:00:02", "T", "Hello."),
                List.of("later", "C", "Hi.")));
        assertThatThrownBy(() -> reader.read("s.docx", docx))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("s.docx, table 1, row 3: expected a time such as 00:01:23.450 or a number of seconds in column 'Time', found 'later'");
    }

    @Test
    void refusesAFileThatIsNotAWordDocument() {
        assertThatThrownBy(() -> reader.read("s.docx", utf8("Therapist: hello")))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessageStartingWith("s.docx: not a readable Word document (.docx): ");
    }

    @Test
    void refusesATruncatedDocument() {
        byte[] docx = DocxFiles.paragraphs("Therapist: Hello.", "Client: Hi.");
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
        assertThatThrownBy(() -> reader.read("s.docx", truncated))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessageStartingWith("s.docx: not a readable Word document (.docx): ");
    }

    @Test
    void refusesExternalEntitiesAndEntityBombs() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "Therapist: the secret");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>Therapist: hello &x;</w:t></w:r></w:p></w:body></w:document>";
        assertThatThrownBy(() -> reader.read("xxe.docx", DocxFiles.withDocumentXml(DocxFiles.paragraphs("T: hi"), xxe)))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessageStartingWith("xxe.docx: not a readable Word document (.docx): it declares a DTD, which this kind of file never has");
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>T: &lol3;</w:t></w:r></w:p></w:body></w:document>";
        assertThatThrownBy(() -> reader.read("lol.docx", DocxFiles.withDocumentXml(DocxFiles.paragraphs("T: hi"), laughs)))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessageContaining("it declares a DTD");
    }

    @Test
    void refusesAZipBomb() {
        String bomb = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>T: " + " ".repeat(20 * 1024 * 1024) + "</w:t></w:r></w:p></w:body></w:document>";
        byte[] docx = DocxFiles.withDocumentXml(DocxFiles.paragraphs("T: hi"), bomb);
        assertThat(docx.length).isLessThan(100_000);
        assertThatThrownBy(() -> reader.read("bomb.docx", docx))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessageMatching("bomb.docx: not a readable Word document \\(.docx\\): an entry inflates to more than \\d MB \\(a zip bomb\\?\\)");
    }

    @Test
    void readsMergedHeaderCellsTabsAndBreaks() {
        String table = "<?xml version=\"1.0\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:tbl>"
                + "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>Time</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:p><w:r><w:t>Speaker</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Text</w:t></w:r></w:p></w:tc></w:tr>"
                + "<w:tr><w:tc><w:p><w:r><w:t>00:00:01</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc>"
                + "<w:tc><w:p><w:r><w:t>T</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:p><w:r><w:t>One</w:t><w:tab/><w:t>two</w:t><w:br/><w:t>three</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">four </w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p></w:tc></w:tr>"
                + "</w:tbl></w:body></w:document>";
        ParsedTranscript parsed = reader.read("t.docx", DocxFiles.withDocumentXml(DocxFiles.paragraphs("T: hi"), table));
        assertThat(speakers(parsed)).containsExactly("T");
        assertThat(texts(parsed)).containsExactly("One\ttwo\nthree\nfour");
        assertThat(starts(parsed)).containsExactly(1_000L);
    }

    @Test
    void refusesADocumentWithoutTurns() {
        assertThatThrownBy(() -> reader.read("s.docx", DocxFiles.paragraphs("Notes", "nothing to see")))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessageStartingWith("s.docx: no turns found");
    }
}
