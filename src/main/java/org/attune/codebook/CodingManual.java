package org.attune.codebook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.ScaleLevel;

/**
 * The coding manual: a codebook printed for training coders, as a Word document.
 *
 * <p>It opens with a title page (name, version, description, authors), a page on how to use the
 * manual (what a unit is, what exclusive groups and role restrictions mean, fitted to what this
 * codebook has) and a table of every code at a glance with its key and color. Then each group
 * starts a page under a "Heading 1", with its description and a shaded line saying whether it is
 * exclusive and which turns it applies to; each code has a "Heading 2" ("Statement (key s)"),
 * preceded by a square in its color, and its definition, levels (for a scale: a table, and what
 * its measure means), when to code it, when not to, and examples in quotation marks. Notes and
 * sources close it. The headings are Word's own heading styles, so Word's navigation pane and
 * table of contents find every group and code.
 */
public final class CodingManual {

    private CodingManual() {
    }

    /**
     * The manual as a .docx file: A4, 2.5 cm margins, 11-point body text, page numbers in the
     * footer. The same codebook always gives the same bytes.
     */
    public static byte[] docx(Codebook codebook) {
        try (ManualDocument document = new ManualDocument()) {
            titlePage(document, codebook);
            howToUse(document, codebook);
            overview(document, codebook);
            for (CodeGroup group : codebook.groups()) {
                group(document, group);
            }
            closing(document, codebook);
            document.footer(codebook.name() + " \u00B7 version " + codebook.version());
            return document.bytes(codebook.name() + ": coding manual");
        }
    }

    private static void titlePage(ManualDocument document, Codebook codebook) {
        document.paragraph(ManualStyles.TITLE, codebook.name());
        document.paragraph(ManualStyles.SUBTITLE, ManualWording.subtitle(codebook));
        if (!codebook.description().isBlank()) {
            document.prose("Normal", codebook.description());
        }
        if (!codebook.authors().isEmpty()) {
            document.paragraph("Normal", ManualWording.authors(codebook));
        }
        document.pageBreak();
    }

    private static void howToUse(ManualDocument document, Codebook codebook) {
        document.heading(ManualStyles.HEADING_1, "How to use this manual", null);
        ManualWording.howToUse(codebook).forEach(text -> document.paragraph("Normal", text));
    }

    /** Every code in one table, with its key and color: the page coders keep beside the keyboard. */
    private static void overview(ManualDocument document, Codebook codebook) {
        List<Code> codes = codebook.codes();
        if (codes.isEmpty()) {
            return;
        }
        document.heading(ManualStyles.HEADING_1, "Codes at a glance", null);
        List<List<String>> rows = new ArrayList<>();
        for (CodeGroup group : codebook.groups()) {
            for (Code code : group.codes()) {
                rows.add(List.of("", ManualWording.key(code), code.name(), group.name(), ManualWording.kind(code)));
            }
        }
        XWPFTable table = document.table(new int[] {4, 10, 30, 32, 24}, List.of("", "Key", "Code", "Group", "Coded as"), rows);
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).color() != null) {
                table.getRow(i + 1).getCell(0).setColor(ManualWording.hex(codes.get(i).color()));
            }
        }
    }

    private static void group(ManualDocument document, CodeGroup group) {
        // Each group starts a page, as a chapter: a coder in training studies one dimension at a time.
        document.heading(ManualStyles.HEADING_1, group.name(), null).setPageBreak(true);
        if (!group.description().isBlank()) {
            document.prose("Normal", group.description());
        }
        document.paragraph(ManualStyles.RULE, ManualWording.groupRule(group));
        for (Code code : group.codes()) {
            code(document, code);
        }
    }

    private static void code(ManualDocument document, Code code) {
        document.heading(ManualStyles.HEADING_2, ManualWording.codeHeading(code),
                code.color() == null ? null : ManualWording.hex(code.color()));
        // A code without a definition is said to be one, so that a coder in training does not look for it elsewhere.
        section(document, "Definition", code.description().isBlank() ? "No definition has been written yet." : code.description());
        if (code.isScale()) {
            document.paragraph(ManualStyles.LABEL, "Levels");
            document.paragraph("Normal", ManualWording.measure(code.measure()));
            List<List<String>> rows = new ArrayList<>();
            for (ScaleLevel level : code.levels()) {
                rows.add(List.of(level.valueText(), level.label()));
            }
            document.table(new int[] {14, 86}, List.of("Value", "Level"), rows);
        }
        section(document, "When to code", code.inclusion());
        section(document, "When not to code", code.exclusion());
        if (!code.examples().isEmpty()) {
            document.paragraph(ManualStyles.LABEL, code.examples().size() == 1 ? "Example" : "Examples");
            code.examples().forEach(example -> document.paragraph(ManualStyles.EXAMPLE, ManualWording.quoted(example)));
        }
    }

    private static void section(ManualDocument document, String label, String text) {
        if (text.isBlank()) {
            return;
        }
        document.paragraph(ManualStyles.LABEL, label);
        document.prose("Normal", text);
    }

    /** Notes and sources, together on a last page. */
    private static void closing(ManualDocument document, Codebook codebook) {
        boolean newPage = true;
        if (!codebook.notes().isBlank()) {
            document.heading(ManualStyles.HEADING_1, "Notes", null).setPageBreak(true);
            document.prose("Normal", codebook.notes());
            newPage = false;
        }
        if (!codebook.citations().isEmpty()) {
            document.heading(ManualStyles.HEADING_1, "Sources", null).setPageBreak(newPage);
            codebook.citations().forEach(citation -> document.paragraph(ManualStyles.SOURCE, citation));
        }
    }
}
