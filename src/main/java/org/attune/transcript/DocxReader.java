package org.attune.transcript;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.attune.io.FailureReason;
import org.attune.io.InflationLimit;

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

    private static final int MAX_ENTRIES = 10_000;

    static {
        // Bounds for untrusted archives; POI also refuses entries that inflate suspiciously (zip bombs).
        ZipSecureFile.setMaxEntrySize(InflationLimit.MAX_BYTES);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    @Override
    public List<String> read(String fileName, byte[] content, TurnSink sink) {
        try {
            Body body = new Body(fileName, sink);
            if (!readUsualPart(content, body)) {
                readMainPart(fileName, content, body);
            }
            return body.finish();
        } catch (TranscriptFormatException e) {
            throw e;
        } catch (IOException | XMLStreamException | InvalidFormatException | RuntimeException e) {
            // POI, the ZIP and the XML parser signal a damaged or foreign file in many ways; to the user they mean one thing.
            throw new TranscriptFormatException(fileName, null, "not a readable Word document (.docx): " + FailureReason.of(e), e);
        }
    }

    /**
     * Reads {@code word/document.xml}, where Word keeps the body, straight out of the archive as it
     * inflates: no copy of the whole document in memory first, as opening the package would make.
     *
     * @return false when the archive has no such entry
     */
    private static boolean readUsualPart(byte[] content, Body body) throws IOException, XMLStreamException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new IOException("more than " + MAX_ENTRIES + " entries in the archive");
                }
                if (entry.getName().equals("word/document.xml")) {
                    WordBody.read(new InflationLimit(zip, content.length), body);
                    return true;
                }
            }
        }
        return false;
    }

    /** Reads the main document part wherever the package's relationships say it is, through POI. */
    private static void readMainPart(String fileName, byte[] content, Body body)
            throws IOException, XMLStreamException, InvalidFormatException {
        try (OPCPackage word = OPCPackage.open(new ByteArrayInputStream(content))) {
            PackagePart document = mainDocument(word);
            if (document == null) {
                throw new TranscriptFormatException(fileName, null, "not a Word document (.docx): it has no main document part");
            }
            try (InputStream xml = document.getInputStream()) {
                WordBody.read(xml, body);
            }
        }
    }

    /**
     * Decides the layout as the body goes by: the first table whose header row names a speaker and
     * a text column makes it the table layout, and from then on rows become turns as they are read.
     * Paragraphs are kept until then, for the paragraph layout.
     */
    private static final class Body implements WordBody.Listener {

        private final String fileName;
        private final TurnSink sink;
        private final List<WordBody.Paragraph> paragraphs = new ArrayList<>();
        private boolean tableLayout;
        private boolean hasTable;
        private TableTurns table;
        private int turns;

        Body(String fileName, TurnSink sink) {
            this.fileName = fileName;
            this.sink = sink;
        }

        @Override
        public void paragraph(int number, String text) {
            if (!tableLayout) {
                paragraphs.add(new WordBody.Paragraph(number, text));
            }
        }

        @Override
        public void row(int tableNumber, int row, List<String> cells) {
            hasTable = true;
            if (row == 1) {
                Optional<TranscriptColumns> columns = TranscriptColumns.fromHeader(cells);
                if (columns.isPresent()) {
                    tableLayout = true;
                    paragraphs.clear();
                    table = new TableTurns(fileName, columns.get(), sink);
                }
            } else if (table != null) {
                table.row(row, "table " + tableNumber + ", row " + row, cells);
            }
        }

        @Override
        public void tableEnd(int tableNumber) {
            if (table != null) {
                turns += table.finish();
                table = null;
            }
        }

        List<String> finish() {
            if (tableLayout) {
                if (turns == 0) {
                    throw new TranscriptFormatException(fileName, null,
                            "no turns found: the table's header is there but no row has a speaker and text");
                }
                return List.of();
            }
            return fromParagraphs(fileName, paragraphs, hasTable, sink);
        }
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


    private static List<String> fromParagraphs(String fileName, List<WordBody.Paragraph> paragraphs, boolean hasTable,
                                               TurnSink sink) {
        record Line(int paragraph, String text, boolean last) {
        }
        List<Line> lines = new ArrayList<>();
        for (WordBody.Paragraph p : paragraphs) {
            List<String> parts = TextLines.list(p.text());
            for (int i = 0; i < parts.size(); i++) {
                lines.add(new Line(p.number(), parts.get(i), i == parts.size() - 1));
            }
        }
        LineTurnParser parser = new LineTurnParser(fileName, "paragraph", sink);
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
