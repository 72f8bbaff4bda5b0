package org.attune.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.attune.model.AppliesTo;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.CodeKind;
import org.attune.model.Codebook;
import org.attune.model.ScaleLevel;
import org.attune.model.ScaleMeasure;
import org.junit.jupiter.api.Test;

class SpreadsheetCodebookTest {

    private static final long SEED = 20261126L;

    /**
     * A codebook with something of everything: exclusive groups restricted to a role, a seven-level
     * interval scale with an upper-case key, a group without a description, multi-line texts, examples, colors in
     * both forms, and texts that a spreadsheet would take for formulas. The manual's tests use it too.
     */
    static Codebook richCodebook() {
        CodeGroup therapistForm = new CodeGroup("therapist-form", "Therapist turn form",
                "The grammatical form of a therapist turn.", true, AppliesTo.THERAPIST, List.of(
                new Code("statement", "Statement", "A declarative sentence about the client's experience.\n"
                        + "It offers an understanding without asking for one.",
                        "The turn's main clause is declarative.", "A tag question ('..., isn't it?'): code Question.",
                        List.of("It sounds as if the week has been heavy.", "You were furious with him."),
                        "#4E79A7", "s", CodeKind.FLAG, null, List.of()),
                new Code("question", "Question", "=A turn that asks; the leading '=' must survive a spreadsheet.",
                        "+ any interrogative form, including tag questions", "", List.of("What was that like?"),
                        "#F28E2B", "q", CodeKind.FLAG, null, List.of()),
                new Code("minimal-response", "Minimal response", "Mm, yes, right: a turn that only keeps the client going.",
                        "", "@mentions and names alone are not minimal responses.", List.of(), "#ccc", "m",
                        CodeKind.FLAG, null, List.of())));
        CodeGroup clientConversation = new CodeGroup("client-conversation", "Client conversation",
                "How the client's turn takes up the therapist's.", true, AppliesTo.CLIENT, List.of(
                new Code("staying-with-feeling", "Staying with feeling", "The client stays with what was felt.",
                        "The turn goes on with the feeling the therapist named.", "A change of subject: Shifting away.",
                        List.of("- Yes, and it still hurts.", "It does; it's like a weight."), "#59A14F", "f",
                        CodeKind.FLAG, null, List.of()),
                new Code("shifting-away", "Shifting away", "The client moves away from the feeling.", "", "",
                        List.of("Anyway, work was busy."), null, "w", CodeKind.FLAG, null, List.of())));
        List<ScaleLevel> experiencing = List.of(
                ScaleLevel.of(1, "Content not about the self"),
                ScaleLevel.of(2, "The self involved, no feelings"),
                ScaleLevel.of(3, "Feelings as reactions to events"),
                ScaleLevel.of(4, "Feelings are the subject; the self is described from inside"),
                ScaleLevel.of(5, "A problem about the self is explored"),
                ScaleLevel.of(6, "Felt sense of something new"),
                ScaleLevel.of(7, "Ongoing process of discovery; steps of felt change"));
        CodeGroup scale = new CodeGroup("experiencing", "Experiencing Scale", "Klein's Experiencing Scale, rated per client turn.",
                false, AppliesTo.CLIENT, List.of(
                new Code("experiencing-level", "Experiencing level", "The depth of the client's experiencing in the turn.",
                        "Every client turn of more than a few words.", "Turns of only 'mm' or 'yes'.",
                        List.of("I just feel... it's like I'm shrinking."), "#B07AA1", "E", CodeKind.SCALE,
                        ScaleMeasure.INTERVAL, experiencing)));
        CodeGroup interventions = new CodeGroup("interventions", "Therapist interventions", "", false, AppliesTo.ANY, List.of(
                new Code("amplification", "Amplification", "The therapist takes up and enlarges a word of the client's.",
                        "", "", List.of(), "#E15759", "a", CodeKind.FLAG, null, List.of()),
                Code.flag("negative", "Negative")));
        return new Codebook("Conversational Model (training edition)", "2.1",
                "Codes for the Conversational Model of Hobson and Meares,\nfor training new coders.",
                List.of("A. Researcher", "B. Coder"),
                List.of("Hobson, R. F. (1985). Forms of Feeling. London: Tavistock.",
                        "Meares, R. (2005). The Metaphor of Play (3rd ed.). London: Routledge.",
                        "Klein, M. H., Mathieu, P. L., Gendlin, E. T., & Kiesler, D. J. (1969). The Experiencing Scale."),
                "=Coders train on ten sessions before rating.\nScale levels follow Klein et al. (1969).",
                List.of(therapistForm, clientConversation, scale, interventions));
    }

    // --- Round trips and the written workbook --------------------------------------------------------

    @Test
    void aWrittenWorkbookReadsBackAsTheSameCodebook() {
        Codebook codebook = richCodebook();
        ReadCodebook read = SpreadsheetCodebook.read("any name.xlsx", SpreadsheetCodebook.writeXlsx(codebook));
        assertThat(read.codebook()).isEqualTo(codebook);
        assertThat(read.discarded()).isEmpty();
    }

    @Test
    void writingTheSameCodebookTwiceGivesTheSameBytes() throws InterruptedException {
        byte[] first = SpreadsheetCodebook.writeXlsx(richCodebook());
        Thread.sleep(2_100); // ZIP times have two-second steps
        assertThat(SpreadsheetCodebook.writeXlsx(richCodebook())).isEqualTo(first);
    }

    @Test
    void theWrittenWorkbookIsFormattedForPeople() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(SpreadsheetCodebook.writeXlsx(richCodebook())))) {
            XSSFSheet codes = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(1)).isEqualTo("codebook");
            XSSFRow header = codes.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("group");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("code");
            assertThat(header.getLastCellNum()).isEqualTo((short) 16);
            assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(codes.getPaneInformation().isFreezePane()).isTrue();
            assertThat(codes.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(codes.getColumnWidth(column(codes, "description"))).isGreaterThan(codes.getColumnWidth(column(codes, "key")));

            XSSFRow statement = codes.getRow(1);
            assertThat(statement.getCell(column(codes, "description")).getCellStyle().getWrapText()).isTrue();
            XSSFCellStyle color = statement.getCell(column(codes, "color")).getCellStyle();
            assertThat(color.getFillForegroundColorColor().getRGB()).containsExactly(0x4E, 0x79, 0xA7);
            assertThat(statement.getCell(column(codes, "example")).getStringCellValue())
                    .isEqualTo("It sounds as if the week has been heavy.\nYou were furious with him.");

            assertThat(codes.getLastRowNum()).isEqualTo(richCodebook().codes().size());
            assertThat(codes.getRow(8).getCell(0).getStringCellValue()).isEqualTo("Therapist interventions");
            assertThat(codes.getRow(8).getCell(column(codes, "group_id")).getStringCellValue()).isEqualTo("interventions");
        }
    }

    @Test
    void textsThatLookLikeFormulasAreWrittenAsTheirTextQuotePrefixed() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(SpreadsheetCodebook.writeXlsx(richCodebook())))) {
            XSSFSheet codes = workbook.getSheetAt(0);
            XSSFRow question = codes.getRow(2);
            assertQuoted(question.getCell(column(codes, "description")), "=A turn that asks");
            assertQuoted(question.getCell(column(codes, "inclusion")), "+ any");
            assertQuoted(codes.getRow(3).getCell(column(codes, "exclusion")), "@mentions");
            assertQuoted(codes.getRow(4).getCell(column(codes, "example")), "- Yes,");
            assertThat(question.getCell(column(codes, "code")).getCellStyle().getQuotePrefixed()).as("a plain name").isFalse();
            for (var row : codes) {
                row.forEach(cell -> assertThat(cell.getCellType()).isEqualTo(CellType.STRING));
            }
            XSSFSheet metadata = workbook.getSheet("codebook");
            XSSFRow notes = metadata.getRow(metadata.getLastRowNum());
            assertThat(notes.getCell(0).getStringCellValue()).isEqualTo("notes");
            assertQuoted(notes.getCell(1), "=Coders train");
        }
    }

    /** The cell holds the text itself (no apostrophe added to the data), marked to stay text when edited. */
    private static void assertQuoted(org.apache.poi.ss.usermodel.Cell cell, String start) {
        assertThat(cell.getStringCellValue()).startsWith(start);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote-prefixed").isTrue();
    }

    // --- CSV and TSV -----------------------------------------------------------------------------------

    @Test
    void aHandWrittenCsvWithTheBaseColumnsReads() {
        String csv = """
                Group,Code,Description,Inclusion,Exclusion,Example,Color,Key
                Therapist form,Statement,"A declarative sentence, offering an understanding.",Main clause is declarative.,,"It sounds heavy.
                You were furious.",#4E79A7,s
                Client form,Staying with feeling,The client stays with the feeling.,,A change of subject.,,59A14F,f
                Therapist form,Question,'=Asks something,,"Tag questions: see ""Statement""\",What was that like?,,q
                
                Client form,Shifting away,,,,,,
                """;
        ReadCodebook read = SpreadsheetCodebook.read("lab codes.csv", csv.getBytes(StandardCharsets.UTF_8));
        Codebook expected = new Codebook("lab codes", "1", "", List.of(), List.of(), "", List.of(
                new CodeGroup("therapist-form", "Therapist form", "", false, AppliesTo.ANY, List.of(
                        new Code("statement", "Statement", "A declarative sentence, offering an understanding.",
                                "Main clause is declarative.", "", List.of("It sounds heavy.", "You were furious."), "#4E79A7",
                                "s", CodeKind.FLAG, null, List.of()),
                        new Code("question", "Question", "=Asks something", "", "Tag questions: see \"Statement\"",
                                List.of("What was that like?"), null, "q", CodeKind.FLAG, null, List.of()))),
                new CodeGroup("client-form", "Client form", "", false, AppliesTo.ANY, List.of(
                        new Code("staying-with-feeling", "Staying with feeling", "The client stays with the feeling.", "",
                                "A change of subject.", List.of(), "#59A14F", "f", CodeKind.FLAG, null, List.of()),
                        Code.flag("shifting-away", "Shifting away")))));
        assertThat(read.codebook()).isEqualTo(expected);
        assertThat(read.discarded()).containsExactly("a CSV file has no place for the codebook's name, version, description, "
                + "authors, citations and notes: it was named after the file, version 1");
    }

    @Test
    void readsTheOtherColumnsFromTsvAndSemicolonSeparatedFiles() {
        String tsv = "group\tgroup id\tgroup-description\texclusive\tApplies To\tcode\tcode_id\tkind\tmeasure\tlevels\n"
                + "Experiencing\texp\tKlein's scale\tno\tclient\tLevel\texp-level\tscale\tinterval\t1=Low; 2=Middle; 3=High\n"
                + "Form\t\t\tx\ttherapist\tStatement\t\t\t\t\n"
                + "Form\t\t\tTRUE\t\tQuestion\t\tflag\t\t\n";
        Codebook codebook = SpreadsheetCodebook.read("codes.tsv", tsv.getBytes(StandardCharsets.UTF_8)).codebook();
        assertThat(codebook.groups()).extracting(CodeGroup::id).containsExactly("exp", "form");
        CodeGroup experiencing = codebook.groups().getFirst();
        assertThat(experiencing.appliesTo()).isEqualTo(AppliesTo.CLIENT);
        assertThat(experiencing.description()).isEqualTo("Klein's scale");
        Code level = experiencing.codes().getFirst();
        assertThat(level.id()).isEqualTo("exp-level");
        assertThat(level.measure()).isEqualTo(ScaleMeasure.INTERVAL);
        assertThat(level.levels()).containsExactly(ScaleLevel.of(1, "Low"), ScaleLevel.of(2, "Middle"), ScaleLevel.of(3, "High"));
        CodeGroup form = codebook.groups().get(1);
        assertThat(form.exclusive()).isTrue();
        assertThat(form.appliesTo()).isEqualTo(AppliesTo.THERAPIST);

        String semicolons = "group;code;levels\nExperiencing;Level;\"1=Low\n2=High; still\"\n";
        Code semicolonLevel = SpreadsheetCodebook.read("c.csv", semicolons.getBytes(StandardCharsets.UTF_8)).codebook()
                .codes().getFirst();
        assertThat(semicolonLevel.kind()).as("levels without a kind make a scale").isEqualTo(CodeKind.SCALE);
        assertThat(semicolonLevel.levels()).containsExactly(ScaleLevel.of(1, "Low"), ScaleLevel.of(2, "High; still"));
    }

    @Test
    void readsAnExcelCsvFromWindowsWithANote() throws IOException {
        ReadCodebook read = SpreadsheetCodebook.read("european-excel.csv", resource("european-excel.csv"));
        Codebook codebook = read.codebook();
        assertThat(codebook.name()).isEqualTo("european-excel");
        assertThat(codebook.groups()).extracting(CodeGroup::name).containsExactly("Thérapeute", "Client");
        assertThat(codebook.codes()).extracting(Code::name).containsExactly("Énoncé", "Question", "Rester avec l'émotion");
        assertThat(codebook.codes().getFirst().examples()).containsExactly("« Ça a l'air lourd. »", "Vous étiez furieux.");
        assertThat(read.discarded()).anySatisfy(note -> assertThat(note).contains("windows-1252"));
    }

    // --- Problems ---------------------------------------------------------------------------------------

    @Test
    void reportsEveryProblemWithItsRowAndColumn() {
        String csv = """
                group,code,code_id,group_id,exclusive,applies_to,kind,measure,levels,color,key
                Form,Statement,statement,form,yes,therapist,,,,#4E79A7,s
                Form,Question,Question Code,,no,,,,,red,s
                ,Orphan,,,,,,,,,
                Form,,,,,,,,,#000000,
                Form,Statement,,,,,,,,,
                Other,Again,statement,,maybe,clients,,,,,jk
                Scale,Level,,,,,scale,,1=Low,,
                Scale,Bad levels,,,,,scale,,Low; High,,
                Scale,Flag with levels,,,,,flag,,1=Low;2=High,,
                Scale,Odd,,,,,dimension,nominal,,,
                Form,Tag,,form-2,,,,,,,
                """;
        List<String> problems = problems("c.csv", csv);
        // In the order a reader goes through the sheet: row by row, and left to right within a row.
        assertThat(problems).containsExactly(
                "row 3, column 'code_id': 'Question Code' is not an id: use lower case letters, digits, '-' and '_', "
                        + "starting with a letter or digit (or leave it empty to make one from the name)",
                "row 3, column 'exclusive': the group 'Form' has 'no' here but 'yes' in row 2: all rows of a group must agree "
                        + "on group_id, group_description, exclusive and applies_to (or leave them empty)",
                "row 3, column 'color': 'red' is not a color: write #RRGGBB, as #4E79A7",
                "row 3, column 'key': the key 's' is already the key of 'Statement' in row 2; two codes cannot share a key",
                "row 4, column 'group': empty: the code 'Orphan' needs the name of its group",
                "row 5, column 'code': empty: every row is a code of its group, and needs the code's name",
                "row 6, column 'code': the group 'Form' already has a code 'Statement', in row 2",
                "row 7, column 'code_id': the id 'statement' is already the id of the code 'Statement' (row 2); "
                        + "ids are unique across groups and codes",
                "row 7, column 'exclusive': 'maybe' is not yes or no: write yes, no, true, false, 1, 0 or x, or leave it empty for no",
                "row 7, column 'applies_to': 'clients' is not a role: write therapist, client or any, or leave it empty for any",
                "row 7, column 'key': the key 'jk' must be one letter a-z or A-Z (not j or k, which move between turns; "
                        + "digits choose scale levels)",
                "row 8, column 'levels': the scale 'Level' needs at least two levels, as '1=Low; 2=High' (it has one)",
                "row 9, column 'levels': 'Low' is not a level: write value=label, as '1=Content not about the self'",
                "row 10, column 'levels': the code 'Flag with levels' is a flag, which has no levels: make its kind 'scale', "
                        + "or empty this cell",
                "row 11, column 'kind': 'dimension' is not a kind: write flag or scale, or leave it empty",
                "row 11, column 'measure': 'nominal' is not a measure: write ordinal, interval or ratio, or leave it empty "
                        + "for ordinal",
                "row 12, column 'group_id': the group 'Form' has 'form-2' here but 'form' in row 2: all rows of a group must "
                        + "agree on group_id, group_description, exclusive and applies_to (or leave them empty)");
    }

    @Test
    void anIdSharedByAGroupAndACodeIsAProblem() {
        assertThat(problems("c.csv", "group,group_id,code,code_id\nForm,form,Statement,form\n")).containsExactly(
                "row 2, column 'code_id': the id 'form' is already the id of the group 'Form' (row 2); "
                        + "ids are unique across groups and codes");
    }

    @Test
    void reportsMissingColumnsWithThoseFound() {
        assertThat(problems("c.csv", "Group,Name of code,Description\nForm,Statement,x\n")).containsExactly(
                "row 1: the header row lacks the required column 'code' (columns found: 'Group', 'Name of code', 'Description')");
        assertThat(problems("c.csv", "Kategorie;Beschreibung\nA;B\n")).containsExactly(
                "row 1: the header row lacks the required columns 'group' and 'code' (columns found: 'Kategorie', 'Beschreibung')");
        assertThat(problems("c.csv", "group,code,code\nForm,A,B\n")).containsExactly(
                "row 1, column 'code': the column 'code' is given twice, here and as 'code' in column B; keep one");
    }

    @Test
    void aHeaderWithoutCodesOrAnEmptyFileIsAProblem() {
        assertThat(problems("c.csv", "group,code,description\n\n,,\n")).containsExactly(
                "no codes: the header row is there, but no row below it names a group and a code");
        assertThat(problems("c.csv", "")).containsExactly(
                "empty: expected a header row naming at least the columns 'group' and 'code'");
        assertThatThrownBy(() -> SpreadsheetCodebook.read("c.csv", "group,code\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CodebookFormatException.class)
                .hasMessage("c.csv: no codes: the header row is there, but no row below it names a group and a code");
    }

    @Test
    void aMessageSummarisesSeveralProblems() {
        assertThatThrownBy(() -> SpreadsheetCodebook.read("c.csv", "group,code,key\nA,B,1\nA,C,2\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CodebookFormatException.class)
                .hasMessageStartingWith("c.csv, row 2, column 'key': the key '1' must be one letter")
                .hasMessageEndingWith("(and 1 more problem: run 'attune codebook check c.csv' to see them all)");
    }

    @Test
    void columnsAndSheetsAttuneDoesNotKnowAreNoted() throws IOException {
        byte[] workbook = workbook(sheet -> {
            row(sheet, 0, "My lab's codebook");
            row(sheet, 2, "Group", "Code", "Reliability");
            row(sheet, 3, "Form", "Statement", "0.8");
        }, "Scratch");
        ReadCodebook read = SpreadsheetCodebook.read("lab.xlsx", workbook);
        assertThat(read.codebook().codes()).extracting(Code::id).containsExactly("statement");
        assertThat(read.discarded()).containsExactly(
                "sheet 'Scratch' was ignored: the codes are read from the first sheet, and the codebook's own fields from a "
                        + "sheet named 'codebook'",
                "the workbook has no sheet named 'codebook' with the codebook's name, version, description, authors, "
                        + "citations and notes: it was named after the file, version 1",
                "row 1, above the header row, was ignored",
                "column 'Reliability' (column C) was ignored: a codebook has no such field");
        assertThat(read.codebook().name()).isEqualTo("lab");
    }

    // --- Workbooks as Excel and others write them --------------------------------------------------------

    @Test
    void cellsAreReadAsTextWhateverTheirTypeAndFormulasAreNeverEvaluated() throws IOException {
        byte[] workbook = workbook(sheet -> {
            row(sheet, 0, "group", "code", "code_id", "exclusive", "kind", "levels", "description");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("Form");
            row.createCell(1).setCellValue(2.5);
            row.createCell(2).setCellValue(12);
            row.createCell(3).setCellValue(true);
            XSSFCell formula = row.createCell(4);
            formula.setCellFormula("\"fl\"&\"ag\"");
            formula.setCellValue("scale"); // the cached value, which is what is read
            XSSFCell levels = row.createCell(5);
            levels.setCellFormula("1+1");
            levels.setCellValue("1=Low; 2=High");
            row.createCell(6).setCellValue("'=not a formula");
        }, null);
        Codebook codebook = SpreadsheetCodebook.read("typed.xlsx", workbook).codebook();
        CodeGroup group = codebook.groups().getFirst();
        assertThat(group.exclusive()).isTrue();
        Code code = group.codes().getFirst();
        assertThat(code.name()).isEqualTo("2.5");
        assertThat(code.id()).isEqualTo("12");
        assertThat(code.kind()).isEqualTo(CodeKind.SCALE);
        assertThat(code.levels()).hasSize(2);
        assertThat(code.description()).isEqualTo("=not a formula");
    }

    @Test
    void readsAWorkbookSavedByLibreOfficeCalc() throws IOException {
        ReadCodebook read = SpreadsheetCodebook.read("libreoffice-calc.xlsx", resource("libreoffice-calc.xlsx"));
        Codebook codebook = read.codebook();
        assertThat(codebook.name()).isEqualTo("libreoffice-calc");
        assertThat(codebook.groups()).extracting(CodeGroup::id).containsExactly("therapist-form", "client-experiencing");
        CodeGroup form = codebook.groups().getFirst();
        assertThat(form.exclusive()).isTrue();
        assertThat(form.appliesTo()).isEqualTo(AppliesTo.THERAPIST);
        assertThat(form.codes()).extracting(Code::name).containsExactly("Statement", "Question");
        assertThat(form.codes().getFirst().examples()).containsExactly("It sounds heavy.", "You were furious.");
        Code level = codebook.code("level").orElseThrow();
        assertThat(level.key()).isEqualTo("E");
        assertThat(level.color()).isEqualTo("#B07AA1");
        assertThat(level.levels()).extracting(ScaleLevel::label)
                .containsExactly("Content not about the self", "The self involved", "Feelings as reactions");
    }

    @Test
    void refusesWhatIsNotAWorkbook() throws IOException {
        assertThatThrownBy(() -> SpreadsheetCodebook.read("c.xlsx", "group,code\nA,B\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CodebookFormatException.class)
                .hasMessage("c.xlsx: not an Excel workbook (.xlsx): it is not a ZIP archive, as every .xlsx is");
        assertThatThrownBy(() -> SpreadsheetCodebook.read("c.xlsx", new byte[0])).isInstanceOf(CodebookFormatException.class);
        assertThatThrownBy(() -> SpreadsheetCodebook.read("c.xlsx", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}))
                .isInstanceOf(CodebookFormatException.class)
                .hasMessage("c.xlsx: it is an Excel 97-2003 workbook (.xls): save it as .xlsx or .csv");
        assertThatThrownBy(() -> SpreadsheetCodebook.read("c.xlsx", wordDocument()))
                .isInstanceOf(CodebookFormatException.class)
                .hasMessageStartingWith("c.xlsx: not a readable Excel workbook (.xlsx): ");
        assertThatThrownBy(() -> SpreadsheetCodebook.read("c.csv", SpreadsheetCodebook.writeXlsx(richCodebook())))
                .isInstanceOf(CodebookFormatException.class)
                .hasMessage("c.csv: it is a ZIP archive, not text: is it an Excel workbook? Name it .xlsx");
        assertThatThrownBy(() -> SpreadsheetCodebook.read("c.qdc", new byte[0]))
                .isInstanceOf(CodebookFormatException.class)
                .hasMessage("c.qdc: not a spreadsheet codebook: expected a .xlsx, .csv or .tsv file");
    }

    @Test
    void refusesAWorkbookThatInflatesFarBeyondACodebook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 70; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThatThrownBy(() -> SpreadsheetCodebook.read("bomb.xlsx", out.toByteArray()))
                .isInstanceOf(CodebookFormatException.class)
                .hasMessageContaining("inflates to more than 64 MB");
    }

    @Test
    void aMetadataSheetWithRepeatedRowsAndUnknownFields() throws IOException {
        byte[] workbook = workbook(sheet -> {
            row(sheet, 0, "group", "code");
            row(sheet, 1, "Form", "Statement");
        }, null, metadata -> {
            row(metadata, 0, "Title", "Lab codebook");
            row(metadata, 1, "citation", "First source.");
            row(metadata, 2, "citation", "Second source.\nThird source.");
            row(metadata, 3, "Editor", "Someone");
        });
        ReadCodebook read = SpreadsheetCodebook.read("lab.xlsx", workbook);
        assertThat(read.codebook().name()).isEqualTo("Lab codebook");
        assertThat(read.codebook().version()).isEqualTo("1");
        assertThat(read.codebook().citations()).containsExactly("First source.", "Second source.", "Third source.");
        assertThat(read.discarded()).containsExactly("sheet 'codebook', row 4: 'Editor' is not a codebook field "
                + "(name, version, description, authors, citations, notes); ignored");
    }

    // --- Robustness ----------------------------------------------------------------------------------------

    @Test
    void randomBytesTruncationsAndDamageGiveAFormatExceptionOrACodebook() {
        Random random = new Random(SEED);
        byte[] xlsx = SpreadsheetCodebook.writeXlsx(richCodebook());
        byte[] csv = ("group,code,description,example,color,key,kind,levels\n"
                + "Form,Statement,\"A sentence, declarative.\",\"One\nTwo\",#4E79A7,s,,\n"
                + "Scale,Level,'=x,,,E,scale,1=Low;2=High\n").getBytes(StandardCharsets.UTF_8);
        for (String name : List.of("c.xlsx", "c.csv", "c.tsv")) {
            for (int i = 0; i < 60; i++) {
                byte[] bytes = new byte[random.nextInt(i % 10 == 0 ? 16 : 4000)];
                random.nextBytes(bytes);
                check(name, "random bytes " + i, bytes);
            }
        }
        for (var sample : List.of(new Object[] {"c.xlsx", xlsx}, new Object[] {"c.csv", csv})) {
            String name = (String) sample[0];
            byte[] content = (byte[]) sample[1];
            for (int i = 0; i < 60; i++) {
                int length = i == 0 ? 0 : random.nextInt(content.length);
                check(name, "cut to " + length + " bytes", Arrays.copyOf(content, length));
            }
            for (int i = 0; i < 120; i++) {
                byte[] damaged = content.clone();
                int changes = 1 + random.nextInt(8);
                for (int c = 0; c < changes; c++) {
                    damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                }
                check(name, changes + " bytes changed (case " + i + ")", damaged);
            }
        }
    }

    private static void check(String name, String what, byte[] input) {
        try {
            ReadCodebook read = SpreadsheetCodebook.read(name, input);
            assertThat(read.codebook().codes()).as(what).isNotEmpty();
        } catch (CodebookFormatException e) {
            assertThat(e.getMessage()).as(what).startsWith(name);
            assertThat(e.problems()).as(what).isNotEmpty();
        } catch (RuntimeException | StackOverflowError e) {
            fail(name + ", " + what + ": " + e, e);
        }
    }

    // --- Helpers ----------------------------------------------------------------------------------------------

    private static List<String> problems(String name, String text) {
        try {
            SpreadsheetCodebook.read(name, text.getBytes(StandardCharsets.UTF_8));
        } catch (CodebookFormatException e) {
            return e.problems().stream().map(CodebookProblem::toString).toList();
        }
        throw new AssertionError("expected problems in " + text);
    }

    private static int column(XSSFSheet sheet, String header) {
        for (var cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SpreadsheetCodebookTest.class.getResourceAsStream("/codebooks/spreadsheet/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private interface SheetFiller {
        void fill(XSSFSheet sheet);
    }

    private static byte[] workbook(SheetFiller codes, String otherSheet) throws IOException {
        return workbook(codes, otherSheet, null);
    }

    private static byte[] workbook(SheetFiller codes, String otherSheet, SheetFiller metadata) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            codes.fill(workbook.createSheet("Sheet1"));
            if (otherSheet != null) {
                workbook.createSheet(otherSheet).createRow(0).createCell(0).setCellValue("notes");
            }
            if (metadata != null) {
                metadata.fill(workbook.createSheet("Codebook"));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void row(XSSFSheet sheet, int index, String... cells) {
        XSSFRow row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }

    private static byte[] wordDocument() {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("group,code");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
