package org.attune.transcript;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.attune.io.CsvSeparator;

/**
 * Tells which format a file is in, from its content where that is unambiguous (a ZIP archive is a
 * Word document, "WEBVTT" starts WebVTT) and otherwise from its extension. Formats Attune does not
 * read (PDF, RTF, old .doc) are named in the error, with what to save them as instead.
 */
public final class FormatDetector {

    private static final int MAX_ZIP_ENTRIES_LOOKED_AT = 10_000;

    private FormatDetector() {
    }

    /**
     * The format of a file.
     *
     * @throws TranscriptFormatException for a format Attune does not read
     */
    public static TranscriptFormat detect(String fileName, byte[] content) {
        if (startsWith(content, "PK\u0003\u0004")) {
            return zipFormat(fileName, content);
        }
        if (startsWith(content, "\u00D0\u00CF\u0011\u00E0")) {
            throw new TranscriptFormatException(fileName, null,
                    "an old Word 97-2003 (.doc) document: save it as .docx (Word document) or .txt and import that");
        }
        if (startsWith(content, "%PDF")) {
            throw new TranscriptFormatException(fileName, null,
                    "a PDF: Attune reads txt, docx, vtt, srt and csv; export the transcript as .docx or .txt");
        }
        if (startsWith(content, "{\\rtf")) {
            throw new TranscriptFormatException(fileName, null,
                    "an RTF document: save it as .docx (Word document) or .txt and import that");
        }
        String head = head(content);
        if (head.startsWith("WEBVTT")) {
            return TranscriptFormat.VTT;
        }
        Optional<TranscriptFormat> byExtension = TranscriptFormat.byExtension(fileName);
        if (byExtension.isPresent()) {
            return byExtension.get();
        }
        return sniff(head);
    }

    /** A ZIP archive is a Word document when it has Word's main part; other Office files are named. */
    private static TranscriptFormat zipFormat(String fileName, byte[] content) {
        boolean word = false;
        boolean excel = false;
        boolean openDocument = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES_LOOKED_AT) {
                String name = entry.getName();
                word |= name.startsWith("word/");
                excel |= name.startsWith("xl/");
                openDocument |= name.equals("mimetype") || name.equals("content.xml");
            }
        } catch (IOException | IllegalArgumentException e) {
            return TranscriptFormat.DOCX; // a damaged archive: the Word reader says what is wrong with it
        }
        if (word || !(excel || openDocument) && TranscriptFormat.byExtension(fileName).orElse(null) == TranscriptFormat.DOCX) {
            return TranscriptFormat.DOCX;
        }
        if (excel) {
            throw new TranscriptFormatException(fileName, null,
                    "an Excel workbook: save the sheet as CSV (speaker and text columns with a header row) and import that");
        }
        if (openDocument) {
            throw new TranscriptFormatException(fileName, null,
                    "an OpenDocument file: save it as .docx (Word document) or .txt and import that");
        }
        throw new TranscriptFormatException(fileName, null,
                "a ZIP archive, not a transcript: unpack it and import the transcripts inside (txt, docx, vtt, srt or csv)");
    }

    /** For a file without a known extension: SRT when it starts with a cue, CSV when its header names the columns. */
    private static TranscriptFormat sniff(String head) {
        List<String> lines = head.lines().filter(line -> !line.isBlank()).limit(2).toList();
        if (lines.size() == 2 && lines.get(0).strip().matches("\\d+") && CueTiming.looksLikeTiming(lines.get(1))) {
            return TranscriptFormat.SRT;
        }
        if (!lines.isEmpty()) {
            String header = lines.get(0);
            char separator = CsvSeparator.of("", header);
            if (header.indexOf(separator) >= 0
                    && TranscriptColumns.fromHeader(List.of(header.split(String.valueOf(separator)))).isPresent()) {
                return TranscriptFormat.CSV;
            }
        }
        return TranscriptFormat.TXT;
    }

    /** The first few kilobytes as text, byte order marks removed, good enough to look at. */
    private static String head(byte[] content) {
        int length = Math.min(content.length, 4096);
        if (length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return new String(content, 2, length - 2, StandardCharsets.UTF_16LE);
        }
        if (length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return new String(content, 2, length - 2, StandardCharsets.UTF_16BE);
        }
        int skip = length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(content, skip, length - skip, StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] content, String magic) {
        byte[] prefix = magic.getBytes(StandardCharsets.ISO_8859_1);
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
