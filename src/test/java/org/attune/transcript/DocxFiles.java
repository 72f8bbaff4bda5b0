package org.attune.transcript;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Word documents made with POI, as test input. */
final class DocxFiles {

    private DocxFiles() {
    }

    /** A document with one paragraph per string; "\n" inside a string is a manual line break. */
    static byte[] paragraphs(String... paragraphs) {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String text : paragraphs) {
                XWPFParagraph p = doc.createParagraph();
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    XWPFRun run = p.createRun();
                    run.setText(lines[i]);
                    if (i < lines.length - 1) {
                        run.addBreak();
                    }
                }
            }
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document with a title paragraph and a table of the given rows. */
    static byte[] table(String title, List<List<String>> rows) {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText(title);
            int columns = rows.getFirst().size();
            XWPFTable table = doc.createTable(rows.size(), columns);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < columns; c++) {
                    table.getRow(r).getCell(c).setText(rows.get(r).get(c));
                }
            }
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same document with its word/document.xml replaced, as a hostile or hand-made file would have it. */
    static byte[] withDocumentXml(byte[] docx, String documentXml) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(entry.getName().equals("word/document.xml")
                            ? documentXml.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }
}
