package org.attune.codebook;

import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The styles of the coding manual, in Word's own XML. POI's blank document has no styles at all,
 * so without these a paragraph marked "Heading1" would be a plain paragraph to Word: the headings
 * are named as Word's built-in ones ("heading 1") and carry outline levels, so that Word's
 * navigation pane and table of contents find the groups and codes.
 *
 * <p>Elements are in the order the schema requires: Word refuses a document whose style
 * properties are out of order, where LibreOffice would not mind.
 */
final class ManualStyles {

    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    /** A small label over a part of a code's entry: "Definition", "When to code". */
    static final String LABEL = "ManualLabel";
    static final String EXAMPLE = "ManualExample";
    /** The shaded line under a group's heading saying how its codes are applied. */
    static final String RULE = "ManualRule";
    static final String TABLE_TEXT = "ManualTableText";
    static final String TABLE = "ManualTable";
    static final String SOURCE = "ManualSource";
    static final String FOOTER = "Footer";

    private static final String DARK_BLUE = "1F3864";
    private static final String BLUE = "2F5496";

    private static final String XML = """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:docDefaults>
                <w:rPrDefault><w:rPr>
                  <w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>
                  <w:sz w:val="22"/><w:szCs w:val="22"/>
                </w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
                <w:name w:val="Normal"/><w:qFormat/>
              </w:style>
              <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
                <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>
              </w:style>
              <w:style w:type="table" w:default="1" w:styleId="TableNormal">
                <w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
                <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>
                  <w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>
                  <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>
                </w:tblCellMar></w:tblPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Title">
                <w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>
                <w:pPr><w:spacing w:before="2880" w:after="240" w:line="240" w:lineRule="auto"/></w:pPr>
                <w:rPr><w:color w:val="%1$s"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Subtitle">
                <w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/>
                <w:pPr><w:spacing w:after="720"/></w:pPr>
                <w:rPr><w:color w:val="595959"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Heading1">
                <w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
                <w:pPr>
                  <w:keepNext/><w:keepLines/>
                  <w:pBdr><w:bottom w:val="single" w:sz="8" w:space="4" w:color="%1$s"/></w:pBdr>
                  <w:spacing w:before="360" w:after="200"/>
                  <w:outlineLvl w:val="0"/>
                </w:pPr>
                <w:rPr><w:b/><w:bCs/><w:color w:val="%1$s"/><w:sz w:val="34"/><w:szCs w:val="34"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Heading2">
                <w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/>
                <w:unhideWhenUsed/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="400" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:color w:val="%1$s"/><w:sz w:val="27"/><w:szCs w:val="27"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="ManualLabel">
                <w:name w:val="Manual label"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:spacing w:before="160" w:after="40"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:caps/><w:color w:val="%2$s"/><w:spacing w:val="10"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="ManualExample">
                <w:name w:val="Manual example"/><w:basedOn w:val="Normal"/><w:qFormat/>
                <w:pPr>
                  <w:pBdr><w:left w:val="single" w:sz="12" w:space="8" w:color="BFBFBF"/></w:pBdr>
                  <w:spacing w:after="60"/><w:ind w:left="340"/>
                </w:pPr>
                <w:rPr><w:i/><w:iCs/><w:color w:val="404040"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="ManualRule">
                <w:name w:val="Manual group rule"/><w:basedOn w:val="Normal"/><w:qFormat/>
                <w:pPr>
                  <w:pBdr><w:left w:val="single" w:sz="24" w:space="6" w:color="%2$s"/></w:pBdr>
                  <w:shd w:val="clear" w:color="auto" w:fill="EDF2F9"/>
                  <w:spacing w:before="120" w:after="240"/><w:ind w:left="170" w:right="170"/>
                </w:pPr>
                <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="ManualTableText">
                <w:name w:val="Manual table text"/><w:basedOn w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>
                <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="ManualSource">
                <w:name w:val="Manual source"/><w:basedOn w:val="Normal"/><w:qFormat/>
                <w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Footer">
                <w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
                <w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr>
                <w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
              </w:style>
              <w:style w:type="table" w:customStyle="1" w:styleId="ManualTable">
                <w:name w:val="Manual table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>
                <w:tblPr><w:tblBorders>
                  <w:top w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>
                  <w:left w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>
                  <w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>
                  <w:right w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>
                  <w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>
                  <w:insideV w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>
                </w:tblBorders></w:tblPr>
              </w:style>
            </w:styles>
            """.formatted(DARK_BLUE, BLUE);

    private ManualStyles() {
    }

    static CTStyles styles() {
        try {
            return StylesDocument.Factory.parse(XML).getStyles();
        } catch (XmlException e) {
            throw new IllegalStateException("the manual's own styles are not well-formed XML", e);
        }
    }
}
