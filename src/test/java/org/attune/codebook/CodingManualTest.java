package org.attune.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.attune.model.AppliesTo;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

class CodingManualTest {

    private static final Codebook RICH = SpreadsheetCodebookTest.richCodebook();

    @Test
    void hasAHeading1PerGroupAndAHeading2PerCodeInOrder() throws IOException {
        try (XWPFDocument manual = open(CodingManual.docx(RICH))) {
            List<String> expectedGroups = new ArrayList<>(List.of("How to use this manual", "Codes at a glance"));
            RICH.groups().forEach(g -> expectedGroups.add(g.name()));
            expectedGroups.addAll(List.of("Notes", "Sources"));
            assertThat(headings(manual, "Heading1")).containsExactlyElementsOf(expectedGroups);
            assertThat(headings(manual, "Heading2")).containsExactly(
                    "\u25A0 Statement (key s)", "\u25A0 Question (key q)", "\u25A0 Minimal response (key m)",
                    "\u25A0 Staying with feeling (key f)", "Shifting away (key w)",
                    "\u25A0 Experiencing level (key Shift+E)",
                    "\u25A0 Amplification (key a)", "Negative");
        }
    }

    @Test
    void theHeadingsAreWordsOwnSoItsNavigationPaneFindsThem() throws IOException {
        try (XWPFDocument manual = open(CodingManual.docx(RICH))) {
            XWPFStyle heading1 = manual.getStyles().getStyle("Heading1");
            XWPFStyle heading2 = manual.getStyles().getStyle("Heading2");
            assertThat(heading1.getName()).isEqualTo("heading 1");
            assertThat(heading2.getName()).isEqualTo("heading 2");
            assertThat(heading1.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.ZERO);
            assertThat(heading2.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.ONE);
            for (XWPFParagraph paragraph : manual.getParagraphs()) {
                if (paragraph.getStyle() != null) {
                    assertThat(manual.getStyles().styleExist(paragraph.getStyle())).as(paragraph.getStyle()).isTrue();
                }
            }
        }
    }

    @Test
    void everyTextOfTheCodebookAppears() throws IOException {
        try (XWPFDocument manual = open(CodingManual.docx(RICH)); XWPFWordExtractor extractor = new XWPFWordExtractor(manual)) {
            String text = extractor.getText();
            assertThat(text).contains(RICH.name(), "version " + RICH.version(), "A. Researcher and B. Coder",
                    RICH.description(), "How to use this manual");
            for (CodeGroup group : RICH.groups()) {
                assertThat(text).contains(group.description());
            }
            for (Code code : RICH.codes()) {
                assertThat(text).contains(code.description(), code.inclusion(), code.exclusion());
                for (String example : code.examples()) {
                    assertThat(text).contains("\u201C" + example + "\u201D");
                }
            }
            assertThat(text).contains("Exclusive: a turn takes at most one code of this group. Code client turns only.");
            assertThat(text).contains("Not exclusive: a turn may take several codes of this group, or none.");
            assertThat(text).contains("The groups Therapist turn form and Client conversation are exclusive");
            assertThat(text).contains("Some groups apply to one speaker only: Therapist turn form to therapist turns, "
                    + "Client conversation to client turns and Experiencing Scale to client turns.");
            assertThat(text).contains(RICH.notes());
            RICH.citations().forEach(citation -> assertThat(text).contains(citation));
        }
    }

    @Test
    void examplesAreItalicParagraphsOfTheirOwn() throws IOException {
        try (XWPFDocument manual = open(CodingManual.docx(RICH))) {
            List<String> examples = manual.getParagraphs().stream()
                    .filter(p -> "ManualExample".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertThat(examples).containsExactlyElementsOf(RICH.codes().stream()
                    .flatMap(c -> c.examples().stream()).map(e -> "\u201C" + e + "\u201D").toList());
            XWPFStyle example = manual.getStyles().getStyle("ManualExample");
            assertThat(example.getCTStyle().getRPr().getIArray()).isNotEmpty();
        }
    }

    @Test
    void aScaleHasATableOfItsLevelsAndItsMeasure() throws IOException {
        try (XWPFDocument manual = open(CodingManual.docx(RICH)); XWPFWordExtractor extractor = new XWPFWordExtractor(manual)) {
            XWPFTable levels = manual.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Value")).findFirst().orElseThrow();
            assertThat(levels.getRow(0).getCell(1).getText()).isEqualTo("Level");
            Code scale = RICH.code("experiencing-level").orElseThrow();
            assertThat(levels.getRows()).hasSize(scale.levels().size() + 1);
            for (int i = 0; i < scale.levels().size(); i++) {
                XWPFTableRow row = levels.getRow(i + 1);
                assertThat(row.getCell(0).getText()).isEqualTo(scale.levels().get(i).valueText());
                assertThat(row.getCell(1).getText()).isEqualTo(scale.levels().get(i).label());
            }
            assertThat(extractor.getText()).contains("An interval scale: the levels are ordered, and the steps between them are equal.");
        }
    }

    @Test
    void theOverviewListsEveryCodeWithItsKeyAndColor() throws IOException {
        try (XWPFDocument manual = open(CodingManual.docx(RICH))) {
            XWPFTable overview = manual.getTables().getFirst();
            assertThat(overview.getRow(0).getCell(2).getText()).isEqualTo("Code");
            assertThat(overview.getRows()).hasSize(RICH.codes().size() + 1);
            assertThat(overview.getRow(1).getCell(1).getText()).isEqualTo("s");
            assertThat(overview.getRow(1).getCell(2).getText()).isEqualTo("Statement");
            assertThat(overview.getRow(1).getCell(0).getColor()).isEqualTo("4E79A7");
            assertThat(overview.getRow(3).getCell(0).getColor()).as("#ccc, widened").isEqualTo("CCCCCC");
            assertThat(overview.getRow(6).getCell(4).getText()).isEqualTo("a level, 1\u20137");
        }
    }

    @Test
    void anA4PageWithMarginsAndAReadableBody() throws IOException {
        try (XWPFDocument manual = open(CodingManual.docx(RICH))) {
            CTSectPr section = manual.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11_906));
            assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1_418));
            assertThat(manual.getStyles().getDefaultRunStyle().getFontSizeAsDouble()).isEqualTo(11.0);
            assertThat(manual.getFooterList()).hasSize(1);
            assertThat(manual.getFooterList().getFirst().getText()).contains(RICH.name(), "page");
        }
    }

    @Test
    void theSameCodebookGivesTheSameBytes() throws InterruptedException {
        byte[] first = CodingManual.docx(RICH);
        Thread.sleep(2_100); // ZIP times have two-second steps
        assertThat(CodingManual.docx(RICH)).isEqualTo(first);
    }

    @Test
    void aBareCodebookMakesAShortManual() throws IOException {
        Codebook bare = new Codebook("Bare", "0.1", "", List.of(), List.of(), "", List.of(
                new CodeGroup("form", "Form", "", false, AppliesTo.ANY, List.of(Code.flag("statement", "Statement")))));
        try (XWPFDocument manual = open(CodingManual.docx(bare)); XWPFWordExtractor extractor = new XWPFWordExtractor(manual)) {
            assertThat(headings(manual, "Heading1")).containsExactly("How to use this manual", "Codes at a glance", "Form");
            assertThat(headings(manual, "Heading2")).containsExactly("Statement");
            assertThat(extractor.getText()).contains("A turn may take several codes of a group, or none.")
                    .contains("No definition has been written yet.")
                    .doesNotContain("Authors", "Some groups apply", "In Attune, the key");
        }
    }

    private static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static List<String> headings(XWPFDocument document, String style) {
        return document.getParagraphs().stream()
                .filter(p -> style.equals(p.getStyle()))
                .map(XWPFParagraph::getText)
                .toList();
    }
}
