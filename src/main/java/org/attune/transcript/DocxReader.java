package org.attune.transcript;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Reads Word (.docx) transcripts, in either layout:
 * <ul>
 *   <li>a table whose header row names the columns, as transcription services and Transana export
 *       them ({@code Time | Speaker | Text}); other paragraphs (a title) are ignored;</li>
 *   <li>otherwise paragraphs with speaker labels, read like plain text ({@link LineTurnParser}).</li>
 * </ul>
 * Apache POI opens the package (with its guards against zip bombs); {@link WordBody} reads the text.
 */
final class DocxReader implements TranscriptReader {

    static {
        // Bounds for untrusted archives; POI also refuses entries that inflate suspiciously (zip bombs).
        ZipSecureFile.setMaxEntrySize(512L * 1024 * 1024);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    @Override
    public ParsedTranscript read(String fileName, byte[] content) {
        List<WordBody.Block> body;
        try (OPCPackage word = OPCPackage.open(new ByteArrayInputStream(content))) {
            PackagePart document = mainDocument(word);
            if (document == null) {
                throw new TranscriptFormatException(fileName, null, "not a Word document (.docx): it has no main document part");
            }
            try (InputStream xml = document.getInputStream()) {
                body = WordBody.read(xml);
            }
        } catch (TranscriptFormatException e) {
            throw e;
        } catch (IOException | XMLStreamException | InvalidFormatException | RuntimeException e) {
            // POI and the XML parser signal a damaged or foreign file in many ways; to the user they mean one thing.
            throw new TranscriptFormatException(fileName, null, "not a readable Word document (.docx): " + reason(e), e);
        }
        return fromTables(fileName, body).orElseGet(() -> fromParagraphs(fileName, body));
    }

    private static PackagePart mainDocument(OPCPackage word) {
        for (String type : new String[] {PackageRelationshipTypes.CORE_DOCUMENT, PackageRelationshipTypes.STRICT_CORE_DOCUMENT}) {
            List<PackagePart> parts = word.getPartsByRelationshipType(type);
            if (!parts.isEmpty()) {
                return parts.getFirst();
            }
        }
        return null;
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static Optional<ParsedTranscript> fromTables(String fileName, List<WordBody.Block> body) {
        List<Utterance> utterances = new ArrayList<>();
        boolean found = false;
        for (WordBody.Block block : body) {
            if (!(block instanceof WordBody.Table table) || table.rows().isEmpty()) {
                continue;
            }
            Optional<TranscriptColumns> columns = TranscriptColumns.fromHeader(table.rows().getFirst());
            if (columns.isEmpty()) {
                continue;
            }
            found = true;
            TableTurns turns = new TableTurns(fileName, columns.get());
            for (int r = 1; r < table.rows().size(); r++) {
                turns.row(r + 1, "table " + table.number() + ", row " + (r + 1), table.rows().get(r));
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

    private static ParsedTranscript fromParagraphs(String fileName, List<WordBody.Block> body) {
        record Line(int paragraph, String text, boolean last) {
        }
        List<Line> lines = new ArrayList<>();
        boolean hasTable = false;
        for (WordBody.Block block : body) {
            if (block instanceof WordBody.Paragraph p) {
                List<String> parts = TextLines.list(p.text());
                for (int i = 0; i < parts.size(); i++) {
                    lines.add(new Line(p.number(), parts.get(i), i == parts.size() - 1));
                }
            } else {
                hasTable = true;
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
}
