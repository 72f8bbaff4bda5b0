package org.attune.transcript;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * The body of a Word document as paragraphs and tables of plain text, read in one streaming pass
 * over {@code word/document.xml}.
 *
 * <p>Why not POI's XWPF model: it reaches table rows through XMLBeans lists whose access by
 * index walks the list, which made a 50,000-row transcript table take almost a minute to read.
 * Streaming is linear, and needs no more memory than the text. The XML factory is POI's
 * hardened one: no DTDs, no external entities.
 */
final class WordBody {

    /** A paragraph (number counts body paragraphs from 1) or a table. */
    sealed interface Block permits Paragraph, Table {
    }

    record Paragraph(int number, String text) implements Block {
    }

    record Table(int number, List<List<String>> rows) implements Block {
    }

    private final List<Block> blocks = new ArrayList<>();
    private int paragraphs;
    private int tables;
    private int tableDepth;
    private List<List<String>> rows;
    private List<String> row;
    private StringBuilder cell;
    private int cellSpan;
    private StringBuilder paragraph;

    private WordBody() {
    }

    static List<Block> read(InputStream documentXml) throws XMLStreamException {
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(documentXml);
        try {
            WordBody body = new WordBody();
            body.parse(xml);
            return body.blocks;
        } finally {
            xml.close();
        }
    }

    private void parse(XMLStreamReader xml) throws XMLStreamException {
        boolean inBody = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (!inBody) {
                    inBody = name.equals("body");
                    continue;
                }
                start(xml, name);
            } else if (event == XMLStreamConstants.END_ELEMENT && inBody) {
                end(xml.getLocalName());
            }
        }
    }

    private void start(XMLStreamReader xml, String name) throws XMLStreamException {
        switch (name) {
            case "tbl" -> {
                if (++tableDepth == 1) {
                    rows = new ArrayList<>();
                }
            }
            case "tr" -> {
                if (tableDepth == 1) {
                    row = new ArrayList<>();
                }
            }
            case "tc" -> {
                if (tableDepth == 1) {
                    cell = new StringBuilder();
                    cellSpan = 1;
                }
            }
            case "gridSpan" -> {
                if (tableDepth == 1 && cell != null) {
                    cellSpan = span(xml);
                }
            }
            case "p" -> paragraph = new StringBuilder();
            case "t" -> {
                String text = xml.getElementText();
                if (paragraph != null) {
                    paragraph.append(text);
                }
            }
            case "tab" -> append('\t');
            case "br", "cr" -> append('\n');
            case "noBreakHyphen" -> append('-');
            // Alternate content repeats its choice for older readers: read the choice only.
            case "Fallback" -> skip(xml);
            default -> {
                // formatting, properties, deleted text and field codes carry no words of the transcript
            }
        }
    }

    private void end(String name) {
        switch (name) {
            case "p" -> {
                if (paragraph == null) {
                    return;
                }
                if (tableDepth > 0 && cell != null) {
                    if (!cell.isEmpty()) {
                        cell.append('\n');
                    }
                    cell.append(paragraph);
                } else if (tableDepth == 0) {
                    blocks.add(new Paragraph(++paragraphs, paragraph.toString()));
                }
                paragraph = null;
            }
            case "tc" -> {
                if (tableDepth == 1 && row != null && cell != null) {
                    row.add(cell.toString());
                    // A cell merged across columns stands for each, so later columns keep their place.
                    for (int i = 1; i < cellSpan; i++) {
                        row.add("");
                    }
                    cell = null;
                }
            }
            case "tr" -> {
                if (tableDepth == 1 && rows != null && row != null) {
                    rows.add(List.copyOf(row));
                    row = null;
                }
            }
            case "tbl" -> {
                if (--tableDepth == 0) {
                    blocks.add(new Table(++tables, List.copyOf(rows)));
                    rows = null;
                }
            }
            default -> {
            }
        }
    }

    private void append(char c) {
        if (paragraph != null) {
            paragraph.append(c);
        }
    }

    private static int span(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals("val")) {
                try {
                    return Math.max(1, Math.min(64, Integer.parseInt(xml.getAttributeValue(i).strip())));
                } catch (NumberFormatException e) {
                    return 1;
                }
            }
        }
        return 1;
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
