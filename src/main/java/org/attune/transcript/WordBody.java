package org.attune.transcript;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.attune.io.SafeXml;

/**
 * The body of a Word document as paragraphs and table rows of plain text, handed to a
 * {@link Listener} in one streaming pass over {@code word/document.xml}.
 *
 * <p>Why not POI's XWPF model: it reaches table rows through XMLBeans lists whose access by
 * index walks the list, which made a 50,000-row transcript table take almost a minute to read.
 * Streaming is linear, and needs no more memory than the text. The parser is Woodstox, about a
 * third faster than the JDK's on Word's verbose XML, set up for untrusted files by
 * {@link SafeXml}, which refuses DTDs.
 */
final class WordBody {

    /** Hears the body's parts in document order. */
    interface Listener {

        /** A paragraph outside tables; numbers count such paragraphs from 1. */
        void paragraph(int number, String text);

        /** A row of a table; tables and rows are numbered from 1. */
        void row(int table, int row, List<String> cells);

        /** The end of a table. */
        void tableEnd(int table);
    }

    /** A paragraph outside tables. */
    record Paragraph(int number, String text) {
    }

    private final Listener listener;
    private int paragraphs;
    private int tables;
    private int tableDepth;
    private int rows;
    private List<String> row;
    private StringBuilder cell;
    private int cellSpan;
    private StringBuilder paragraph;

    private WordBody(Listener listener) {
        this.listener = listener;
    }

    static void read(InputStream documentXml, Listener listener) throws XMLStreamException {
        XMLStreamReader xml = SafeXml.open(documentXml);
        try {
            new WordBody(listener).parse(xml);
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
                    tables++;
                    rows = 0;
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
                    listener.paragraph(++paragraphs, paragraph.toString());
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
                if (tableDepth == 1 && row != null) {
                    listener.row(tables, ++rows, List.copyOf(row));
                    row = null;
                }
            }
            case "tbl" -> {
                if (--tableDepth == 0) {
                    listener.tableEnd(tables);
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
