package org.attune.transcript;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads Word (.docx) transcripts with Apache POI, in either layout:
 * <ul>
 *   <li>a table whose header row names the columns, as transcription services and Transana export
 *       them ({@code Time | Speaker | Text}); other paragraphs (a title) are ignored;</li>
 *   <li>otherwise paragraphs with speaker labels, read like plain text ({@link LineTurnParser}).</li>
 * </ul>
 */
final class DocxReader implements TranscriptReader {

    static {
        // Bounds for untrusted archives; POI also refuses entries that inflate suspiciously (zip bombs).
        ZipSecureFile.setMaxEntrySize(512L * 1024 * 1024);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    @Override
    public ParsedTranscript read(String fileName, byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            return read(fileName, document);
        } catch (TranscriptFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI signals a damaged or foreign file with a variety of exceptions; to the user they mean one thing.
            throw new TranscriptFormatException(fileName, null,
                    "not a readable Word document (.docx): " + reason(e), e);
        }
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static ParsedTranscript read(String fileName, XWPFDocument document) {
        List<IBodyElement> body = document.getBodyElements();
        Optional<ParsedTranscript> fromTables = readTables(fileName, body);
        return fromTables.orElseGet(() -> readParagraphs(fileName, body));
    }

    private static Optional<ParsedTranscript> readTables(String fileName, List<IBodyElement> body) {
        List<Utterance> utterances = new ArrayList<>();
        int tableNumber = 0;
        boolean found = false;
        for (IBodyElement element : body) {
            if (!(element instanceof XWPFTable table)) {
                continue;
            }
            tableNumber++;
            List<XWPFTableRow> rows = table.getRows();
            if (rows.isEmpty()) {
                continue;
            }
            List<String> header = cells(rows.get(0));
            Optional<TranscriptColumns> columns = TranscriptColumns.fromHeader(header);
            if (columns.isEmpty()) {
                continue;
            }
            found = true;
            TableTurns turns = new TableTurns(fileName, columns.get());
            for (int r = 1; r < rows.size(); r++) {
                turns.row(r + 1, "table " + tableNumber + ", row " + (r + 1), cells(rows.get(r)));
            }
            utterances.addAll(turns.utterances());
        }
        if (!found) {
            return Optional.empty();
        }
        if (utterances.isEmpty()) {
            throw new TranscriptFormatException(fileName, null, "no turns found: the table's header is there but no row has a speaker and text");
        }
        return Optional.of(new ParsedTranscript(utterances, List.of()));
    }

    private static ParsedTranscript readParagraphs(String fileName, List<IBodyElement> body) {
        record Line(int paragraph, String text, boolean last) {
        }
        List<Line> lines = new ArrayList<>();
        int paragraph = 0;
        boolean hasTable = false;
        for (IBodyElement element : body) {
            if (element instanceof XWPFTable) {
                hasTable = true;
            }
            if (!(element instanceof XWPFParagraph p)) {
                continue;
            }
            paragraph++;
            List<String> parts = PlainTextReader.lines(p.getText());
            for (int i = 0; i < parts.size(); i++) {
                lines.add(new Line(paragraph, parts.get(i), i == parts.size() - 1));
            }
        }
        LineTurnParser parser = new LineTurnParser(fileName, "paragraph");
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            parser.line(line.paragraph(), line.text(), i + 1 < lines.size() ? lines.get(i + 1).text() : "");
            if (line.last()) {
                parser.paragraphEnd();
            }
        }
        try {
            return parser.finish();
        } catch (TranscriptFormatException e) {
            if (hasTable) {
                throw new TranscriptFormatException(fileName, null, "no turns found: the document's tables have no header row "
                        + "naming a speaker and a text column (such as 'Time | Speaker | Text'), and no paragraph starts "
                        + "with a speaker label such as 'Therapist:'");
            }
            throw e;
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            cells.add(cell.getText());
        }
        return cells;
    }
}
