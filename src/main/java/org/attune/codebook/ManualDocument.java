package org.attune.codebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A Word document as the coding manual builds it: paragraphs in the manual's styles, texts whose
 * line breaks are kept, tables, and an A4 page with margins and a numbered footer. It knows
 * nothing of codebooks; {@link CodingManual} says what goes in.
 */
final class ManualDocument implements AutoCloseable {

    /** A4, in twentieths of a point. */
    private static final int PAGE_WIDTH = 11_906;
    private static final int PAGE_HEIGHT = 16_838;
    /** 2.5 cm all round, as most journals' and universities' templates. */
    private static final int MARGIN = 1_418;
    private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    private static final int HEADER_FOOTER_DISTANCE = 709;
    private static final String HEADER_FILL = "DCE3EF";

    private final XWPFDocument document = new XWPFDocument();

    ManualDocument() {
        document.createStyles().setStyles(ManualStyles.styles());
        page();
    }

    /** A paragraph in a style, its text's line breaks kept as line breaks. */
    XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        text(paragraph, text, false);
        return paragraph;
    }

    /**
     * A text of the codebook, a paragraph for each part separated by an empty line, as in the
     * codebook's YAML: a single line break stays a line break within the paragraph.
     */
    void prose(String style, String text) {
        for (String part : text.strip().split("\\n\\s*\\n")) {
            paragraph(style, part.strip());
        }
    }

    /** A heading whose text starts with a colored square, the code's color as coders will see it in Attune. */
    XWPFParagraph heading(String style, String text, String colorHex) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        if (colorHex != null) {
            XWPFRun square = paragraph.createRun();
            square.setText("\u25A0 ");
            square.setColor(colorHex);
        }
        paragraph.createRun().setText(text);
        return paragraph;
    }

    void pageBreak() {
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    /**
     * A table with a shaded header row repeated on every page it runs over.
     *
     * @param widths each column's share of the text width, in percent
     * @param header the header row's texts
     * @param rows the other rows' texts
     * @return the table, for a caller that shades cells
     */
    XWPFTable table(int[] widths, List<String> header, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, widths.length);
        table.setStyleID(ManualStyles.TABLE);
        // Widths in twips, and a grid: LibreOffice lays a table out by its grid alone, and Word wants one too.
        int[] twips = new int[widths.length];
        for (int c = 0; c < widths.length; c++) {
            twips[c] = TEXT_WIDTH * widths[c] / 100;
        }
        table.setWidth(String.valueOf(TEXT_WIDTH));
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        for (int width : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        CTTblPr properties = table.getCTTbl().getTblPr();
        CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        // POI gives a new table borders of its own; the table style's borders are the manual's.
        if (properties.isSetTblBorders()) {
            properties.unsetTblBorders();
        }
        XWPFTableRow headerRow = table.getRow(0);
        headerRow.setRepeatHeader(true);
        for (int c = 0; c < widths.length; c++) {
            XWPFTableCell cell = headerRow.getCell(c);
            cell.setWidth(String.valueOf(twips[c]));
            cell.setColor(HEADER_FILL);
            cellText(cell, header.get(c), true);
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < widths.length; c++) {
                row.getCell(c).setWidth(String.valueOf(twips[c]));
                cellText(row.getCell(c), rows.get(r).get(c), false);
            }
        }
        // A paragraph after the table, or the next heading would sit on its bottom border.
        document.createParagraph().setSpacingAfter(0);
        return table;
    }

    /** Writes the footer: the codebook's name and version, and the page number, which Word counts. */
    void footer(String text) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setStyle(ManualStyles.FOOTER);
        paragraph.createRun().setText(text + " \u00B7 page ");
        CTSimpleField page = paragraph.getCTP().addNewFldSimple();
        page.setInstr(" PAGE ");
        page.addNewR().addNewT().setStringValue("1");
    }

    /** The document's bytes; the same content always gives the same bytes. */
    byte[] bytes(String title) {
        POIXMLProperties.CoreProperties properties = document.getProperties().getCoreProperties();
        properties.setCreated(Optional.empty());
        properties.setCreator("Attune");
        properties.setTitle(title);
        document.getProperties().getExtendedProperties().setApplication("Attune");
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return SpreadsheetArchive.withFixedTimes(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a Word document in memory", e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            // Nothing to release: the document lives in memory.
            throw new UncheckedIOException(e);
        }
    }

    private static void cellText(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph paragraph = cell.getParagraphs().getFirst();
        paragraph.setStyle(ManualStyles.TABLE_TEXT);
        text(paragraph, text, bold);
    }

    /** Adds a text to a paragraph, a run for each line, each but the last ending with a line break. */
    private static void text(XWPFParagraph paragraph, String text, boolean bold) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = paragraph.createRun();
            run.setText(lines[i]);
            if (bold) {
                run.setBold(true);
            }
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    private void page() {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(HEADER_FOOTER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(HEADER_FOOTER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
    }
}
