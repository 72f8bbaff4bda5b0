package org.attune.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.transcript.Texts.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorTest {

    @ParameterizedTest
    @CsvSource({"a.txt, TXT", "a.TEXT, TXT", "a.vtt, VTT", "a.srt, SRT", "a.csv, CSV", "a.tsv, CSV", "a.Docx, DOCX"})
    void goesByTheExtension(String name, TranscriptFormat format) {
        assertThat(FormatDetector.detect(name, utf8("T: hello"))).isEqualTo(format);
    }

    @Test
    void contentThatIsUnambiguousWinsOverTheExtension() {
        assertThat(FormatDetector.detect("captions.txt", utf8("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhi"))).isEqualTo(TranscriptFormat.VTT);
        assertThat(FormatDetector.detect("export.txt", DocxFiles.paragraphs("T: hi"))).isEqualTo(TranscriptFormat.DOCX);
        byte[] bomVtt = PlainTextReaderTest.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("WEBVTT\n"));
        assertThat(FormatDetector.detect("x", bomVtt)).isEqualTo(TranscriptFormat.VTT);
    }

    @Test
    void sniffsFilesWithoutAKnownExtension() {
        assertThat(FormatDetector.detect("cues", utf8("1\n00:00:01,000 --> 00:00:02,000\nT: hi\n"))).isEqualTo(TranscriptFormat.SRT);
        assertThat(FormatDetector.detect("table", utf8("Start,Speaker,Text\n1,T,hi\n"))).isEqualTo(TranscriptFormat.CSV);
        assertThat(FormatDetector.detect("table", utf8("speaker\ttext\nT\thi\n"))).isEqualTo(TranscriptFormat.CSV);
        assertThat(FormatDetector.detect("notes", utf8("Therapist: hi, there\n"))).isEqualTo(TranscriptFormat.TXT);
    }

    @Test
    void tellsWordFromOtherZipArchives() throws IOException {
        assertThat(FormatDetector.detect("renamed.zip", DocxFiles.paragraphs("T: hi"))).isEqualTo(TranscriptFormat.DOCX);
        assertThatThrownBy(() -> FormatDetector.detect("sessions.xlsx", workbook()))
                .hasMessage("sessions.xlsx: an Excel workbook: save the sheet as CSV (speaker and text columns with a header row) and import that");
        assertThatThrownBy(() -> FormatDetector.detect("s.odt", zip("mimetype", "application/vnd.oasis.opendocument.text")))
                .hasMessage("s.odt: an OpenDocument file: save it as .docx (Word document) or .txt and import that");
        assertThatThrownBy(() -> FormatDetector.detect("all.zip", zip("d01-s01.txt", "T: hi")))
                .hasMessage("all.zip: a ZIP archive, not a transcript: unpack it and import the transcripts inside (txt, docx, vtt, srt or csv)");
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("turns").createRow(0).createCell(0).setCellValue("speaker");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String entry, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(utf8(text));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void namesFormatsItDoesNotRead() {
        assertThatThrownBy(() -> FormatDetector.detect("s.pdf", "%PDF-1.7".getBytes(StandardCharsets.ISO_8859_1)))
                .hasMessage("s.pdf: a PDF: Attune reads txt, docx, vtt, srt and csv; export the transcript as .docx or .txt");
        assertThatThrownBy(() -> FormatDetector.detect("s.rtf", utf8("{\\rtf1\\ansi hello}")))
                .hasMessage("s.rtf: an RTF document: save it as .docx (Word document) or .txt and import that");
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThatThrownBy(() -> FormatDetector.detect("s.doc", ole))
                .hasMessage("s.doc: an old Word 97-2003 (.doc) document: save it as .docx (Word document) or .txt and import that");
    }
}
