package org.attune.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.attune.model.AppliesTo;
import org.attune.model.AttuneException;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.CodeKeys;
import org.attune.model.CodeKind;
import org.attune.model.Codebook;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.SAXException;

class QdcCodebookTest {

    @Nested
    class Writing {

        @Test
        void aRichCodebookComesBackEqualWithNothingDiscarded() throws SAXException {
            Codebook codebook = QdcSamples.rich();
            byte[] qdc = QdcCodebook.write(codebook);
            QdcSchema.validate(qdc);

            ReadCodebook read = QdcCodebook.read("rich.qdc", qdc);

            assertThat(read.discarded()).isEmpty();
            assertThat(read.codebook()).isEqualTo(codebook);
            assertThat(QdcCodebook.write(read.codebook())).isEqualTo(qdc);
        }

        @Test
        void theSameCodebookGivesTheSameBytes() {
            assertThat(QdcCodebook.write(QdcSamples.rich())).isEqualTo(QdcCodebook.write(QdcSamples.rich()));
        }

        @Test
        void groupsAreFoldersHoldingTheirCodesWithGuidsMadeFromIds() {
            String xml = utf8(QdcCodebook.write(QdcSamples.rich()));

            assertThat(xml).startsWith("<?xml version='1.0' encoding='UTF-8'?>\n"
                    + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"Attune\">\n  <Codes>\n");
            assertThat(xml).contains("<Code guid=\"" + guid("attune:group:therapist-form")
                    + "\" name=\"Therapist turn form\" isCodable=\"false\">");
            assertThat(xml).contains("<Code guid=\"" + guid("attune:code:statement")
                    + "\" name=\"Statement\" isCodable=\"true\" color=\"#4E79A7\">");
            assertThat(xml).contains("name=\"Silence &lt;&amp;> &quot;pause&quot; 'quoted'\" isCodable=\"true\">");
            assertThat(xml).contains("<Set guid=\"" + guid("attune:codebook") + "\" name=\"Conversational Model (test edition)\">");
            assertThat(xml).contains("<MemberCode guid=\"" + guid("attune:code:experiencing-level") + "\"/>");
            assertThat(xml.split("<MemberCode ", -1)).hasSize(QdcSamples.rich().codes().size() + 1);
            assertThat(xml).contains("<Code guid=\"" + guid("attune:group:reserve") + "\" name=\"Reserve codes\" isCodable=\"false\">\n"
                    + "      <Description>Attune id: reserve</Description>\n      <Code ");
            assertThat(xml).doesNotContain("<Sets/>");
        }

        @Test
        void aCodesFieldsFollowItsDescriptionAsLabelledSections() {
            assertThat(QdcDescriptions.code(QdcSamples.statement())).isEqualTo("""
                    A turn that states something.

                    Not a question, not an instruction.
                      An indented line, kept as it is.

                    Inclusion: Declarative form.
                      Includes "I wonder" statements.
                    Exclusion: Questions: code them as Question.
                     \s
                      Exclamations stay statements.
                     \s
                    Examples:
                    - "It sounds as if the week has been heavy."
                    - C’est « très » lourd, n’est-ce pas ? — naïve café
                    - - starts like a bullet
                    - Two lines:
                      the second
                     \s
                      and one after a blank line
                    Key: s
                    Attune id: statement""");
        }

        @Test
        void groupsScalesAndTheCodebookSayWhatTheyAreInTheirDescriptions() {
            String xml = utf8(QdcCodebook.write(QdcSamples.rich()));

            assertThat(xml).contains("""
                    <Description>The grammatical form of a therapist turn.
                    One per turn.

                    Exclusive: at most one of these codes per unit.
                    Applies to: therapist turns
                    Attune id: therapist-form</Description>""");
            assertThat(xml).contains("""
                    <Description>Exclusive: at most one of these codes per unit.
                    Applies to: client turns
                    Attune id: client-form</Description>""");
            assertThat(xml).contains("""
                    Key: e
                    Scale (interval):
                    1 = Content not about the self
                    2 = The self involved, no feelings
                    3 = Feelings as reactions to external events
                    4 = Feelings are the subject
                      (the centre of the turn)
                    5 = A problem about the self is posed
                    6 = A new sense of feeling emerges
                    7 =  Insight spreads to other areas
                    Attune id: experiencing-level</Description>""");
            assertThat(xml).contains("""
                    <Description>What the codebook is for.

                    A second paragraph.

                    Version: 2.1-beta
                    Authors:
                    - Hobson, R. F.
                    - Meares, R.
                    - Attune project
                    Citations:
                    - Hobson, R. F. (1985). Forms of Feeling. London: Tavistock.
                    - Meares, R. (2005). The Metaphor of Play (3rd ed.).
                      London: Routledge.
                    Notes: Adapted for turn-level coding.
                     \s
                        - an indented note
                      Last line.</Description>""");
        }

        @Test
        void shortColorsAreWrittenInFullAndUpperCase() throws SAXException {
            Codebook codebook = codebookOf(Code.flag("calm", "Calm").withColor("#a1c"));
            byte[] qdc = QdcCodebook.write(codebook);
            QdcSchema.validate(qdc);

            assertThat(utf8(qdc)).contains("color=\"#AA11CC\"");
            assertThat(QdcCodebook.read("c.qdc", qdc).codebook().codes().getFirst().color()).isEqualTo("#AA11CC");
        }

        @Test
        void charactersXmlCannotHoldBecomeReplacementCharacters() throws SAXException {
            Codebook codebook = codebookOf(Code.flag("bell", "Bell\u0007 and tab\tand line\nbreak"));
            byte[] qdc = QdcCodebook.write(codebook);
            QdcSchema.validate(qdc);

            assertThat(QdcCodebook.read("c.qdc", qdc).codebook().codes().getFirst().name())
                    .isEqualTo("Bell\uFFFD and tab\tand line\nbreak");
        }

        @Test
        void aCodebookWithoutGroupsCannotBeWritten() {
            Codebook empty = new Codebook("Empty", "1", "", List.of(), List.of(), "", List.of());

            assertThatThrownBy(() -> QdcCodebook.write(empty)).isInstanceOf(AttuneException.class)
                    .hasMessage("codebook 'Empty' has no groups, and a REFI-QDA codebook needs at least one code:"
                            + " add a group before exporting it as .qdc");
        }

        @Test
        void theSchemaRefusesWhatTheStandardForbids() {
            String codes = "<Codes><Code guid=\"" + guid("x") + "\" name=\"X\" isCodable=\"true\"%s/></Codes>";
            String valid = document(codes.formatted(""));
            assertThatCode(() -> QdcSchema.validate(valid.getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();

            for (String invalid : List.of(
                    document(codes.formatted("") + "<Sets/>"),
                    document(codes.formatted(" color=\"#80112233\"")),
                    document(codes.formatted(" color=\"rgb(1,2,3)\"")),
                    document("<Codes/>"),
                    document("<Codes><Code name=\"X\" isCodable=\"true\"/></Codes>"),
                    document("<Codes><Code guid=\"not-a-guid\" name=\"X\" isCodable=\"true\"/></Codes>"),
                    document("<Codes><Code guid=\"" + guid("y") + "\" name=\"Y\" isCodable=\"false\">"
                            + codes.formatted("").replace("<Codes>", "").replace("</Codes>", "")
                            + "<Description>after a child</Description></Code></Codes>"))) {
                assertThatThrownBy(() -> QdcSchema.validate(invalid.getBytes(StandardCharsets.UTF_8)))
                        .as(invalid).isInstanceOf(SAXException.class);
            }
        }

        private static String document(String content) {
            return "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">" + content + "</CodeBook>";
        }
    }

    @Nested
    class ReadingOtherTools {

        @Test
        void aForeignCodebookIsFlattenedIntoGroupsAndSaysWhatChanged() {
            ReadCodebook read = QdcCodebook.read("nvivo-style.qdc", resource("nvivo-style.qdc"));

            assertThat(read.codebook()).isEqualTo(new Codebook("nvivo-style", "1", "", List.of(), List.of(), "", List.of(
                    new CodeGroup("emotions", "Emotions", "", false, AppliesTo.ANY, List.of(
                            foreign("emotions-2", "Emotions", "Feelings the client names or shows.", "#C81E1E"),
                            foreign("anger", "Anger", "Irritation, rage, resentment.", "#FF0000"),
                            foreign("anger-irritation", "Anger › Irritation", "", null),
                            foreign("sadness", "Sadness", "", "#336699"))),
                    new CodeGroup("therapist-moves", "Therapist moves", "What the therapist does in a turn.", false,
                            AppliesTo.ANY, List.of(
                                    foreign("reflection", "Reflection", "", null),
                                    foreign("unnamed-code-1", "Unnamed code 1", "", null),
                                    foreign("questions-open-question", "Questions › Open question", "", "#00AA00"))),
                    new CodeGroup("ungrouped", "Ungrouped codes", "", false, AppliesTo.ANY, List.of(
                            foreign("miscellaneous", "Miscellaneous", "", "#112233"))))));
            assertThat(read.discarded()).containsExactly(
                    "a code without a name (line 19) was named 'Unnamed code 1'",
                    "code 'Emotions' has codes under it: made a group 'Emotions' with 'Emotions' as its first code",
                    "code 'Anger › Irritation' flattened from a third level",
                    "color '#80336699' of code 'Sadness' is partly transparent: read as #336699, fully opaque",
                    "color '#00F' of group 'Therapist moves' not kept: Attune groups have no color",
                    "color 'blue' of code 'Reflection' is not #RRGGBB: dropped",
                    "folder 'Questions' in group 'Therapist moves' is not codable: left out, its codes kept as 'Questions › ...'",
                    "code 'Questions › Open question' flattened from a third level",
                    "code 'Miscellaneous' is in no group: put in 'Ungrouped codes'",
                    "2 sets were not kept: Attune codebooks have no sets");
        }

        @Test
        void aForeignCodebookOnceReadSurvivesARoundTrip() throws SAXException {
            Codebook first = QdcCodebook.read("nvivo-style.qdc", resource("nvivo-style.qdc")).codebook();
            byte[] qdc = QdcCodebook.write(first);
            QdcSchema.validate(qdc);

            ReadCodebook again = QdcCodebook.read("elsewhere.qdc", qdc);

            assertThat(again.codebook()).isEqualTo(first);
            assertThat(again.discarded()).isEmpty();
        }

        @Test
        void editedSectionsAreCheckedAndWhatDoesNotFitIsReported() {
            ReadCodebook read = QdcCodebook.read("edited-sections.qdc", resource("edited-sections.qdc"));

            CodeGroup group = read.codebook().groups().getFirst();
            assertThat(group.id()).isEqualTo("client-form");
            assertThat(group.description()).isEqualTo("How the client speaks.");
            assertThat(group.exclusive()).isTrue();
            assertThat(group.appliesTo()).isEqualTo(AppliesTo.ANY);
            assertThat(group.codes()).extracting(Code::id).containsExactly("narrative", "story", "arousal", "stance");
            assertThat(group.codes()).extracting(Code::key).containsExactly("n", null, null, null);
            assertThat(group.codes().get(2).kind()).isEqualTo(CodeKind.FLAG);
            assertThat(group.codes().get(2).description()).isEqualTo("How aroused the client sounds.");
            assertThat(group.codes().get(3).description())
                    .isEqualTo("Looks like sections but is not Attune's: it has no id.\n\nKey: s\nExclusion: none");
            assertThat(group.codes().get(3).exclusion()).isEmpty();
            assertThat(read.discarded()).containsExactly(
                    "'Applies to: supervisor turns' of group 'Client form' is not therapist, client or any turns:"
                            + " the group applies to any turn",
                    "id 'narrative' of code 'Story' is already used by another code or group: made 'story'",
                    "key 'n' of code 'Story' dropped: code 'Narrative' has it",
                    "id 'Arousal Level' of code 'Arousal' is not an Attune id (lower case letters, digits, '-' and '_'):"
                            + " made 'arousal'",
                    "key 'j' of code 'Arousal' dropped: a key " + CodeKeys.rule(),
                    "scale measure 'nominal' of code 'Arousal' is not ordinal, interval or ratio: read as ordinal",
                    "scale level 'one = tense' of code 'Arousal' is not 'value = label': dropped",
                    "scale level '1 = also calm' of code 'Arousal' repeats the value 1: dropped",
                    "scale of code 'Arousal' has fewer than two levels: read as a flag");
        }

        @Test
        void anyNamespaceVersionOrNoneIsRead() {
            for (String namespace : List.of("", " xmlns=\"urn:QDA-XML:codebook:0:4\"", " xmlns:q=\"urn:QDA-XML:codebook:1.0\"")) {
                String prefix = namespace.contains("xmlns:q") ? "q:" : "";
                String xml = ("<%1$sCodeBook%2$s><%1$sCodes><%1$sCode guid=\"1\" name=\"Folder\" isCodable=\"false\">"
                        + "<%1$sCode guid=\"2\" name=\"Leaf\" isCodable=\"1\"/></%1$sCode></%1$sCodes></%1$sCodeBook>")
                        .formatted(prefix, namespace);

                ReadCodebook read = QdcCodebook.read("plain.qdc", xml.getBytes(StandardCharsets.UTF_8));

                assertThat(read.codebook().groups()).extracting(CodeGroup::name).containsExactly("Folder");
                assertThat(read.codebook().codes()).extracting(Code::name).containsExactly("Leaf");
                assertThat(read.discarded()).isEmpty();
            }
        }

        @Test
        void theCodebooksOwnSetIsFoundAmongOthers() {
            byte[] qdc = QdcCodebook.write(QdcSamples.rich());
            String withAnotherSet = utf8(qdc).replace("<Sets>", "<Sets>\n    <Set guid=\"" + guid("other")
                    + "\" name=\"Paper 1\"><Description>Version: 3</Description></Set>"
                    + "<Set guid=\"" + guid("third") + "\" name=\"Paper 2\"/>");

            ReadCodebook read = QdcCodebook.read("rich.qdc", withAnotherSet.getBytes(StandardCharsets.UTF_8));

            assertThat(read.codebook().name()).isEqualTo("Paper 1");
            assertThat(read.codebook().version()).isEqualTo("3");
            assertThat(read.discarded()).containsExactly("2 sets besides the codebook's own were not kept: Attune codebooks have no sets");
        }

        @Test
        void withoutAttunesSetTheCodebookIsNamedForTheFile() {
            String xml = "<CodeBook><Codes><Code guid=\"1\" name=\"G\" isCodable=\"false\">"
                    + "<Code guid=\"2\" name=\"C\" isCodable=\"true\"/></Code>"
                    + "<Code guid=\"3\" name=\"Empty folder\" isCodable=\"false\"/></Codes></CodeBook>";

            ReadCodebook read = QdcCodebook.read("exports/Team codebook.v2.qdc", xml.getBytes(StandardCharsets.UTF_8));
            Codebook codebook = read.codebook();

            assertThat(codebook.name()).isEqualTo("Team codebook.v2");
            assertThat(codebook.version()).isEqualTo("1");
            assertThat(codebook.groups()).containsExactly(new CodeGroup("g", "G", "", false, AppliesTo.ANY, List.of(Code.flag("c", "C"))));
            assertThat(read.discarded()).containsExactly("folder 'Empty folder' has no codes: left out, as an Attune group needs at least one");
        }

        @TestFactory
        Stream<DynamicTest> theFixturesFromOtherToolsGiveEveryCodableCode() {
            List<Path> projects = QdcFixtures.projects();
            assertThat(projects).hasSize(3);
            return projects.stream().map(project -> DynamicTest.dynamicTest(project.getFileName().toString(), () -> {
                byte[] qde = QdcFixtures.qde(project);
                QdcFixtures.Census census = QdcFixtures.census(qde);

                ReadCodebook read = QdcCodebook.read(project.getFileName().toString(), qde);

                assertThat(read.codebook().codes()).hasSize(census.codableCodes());
                assertThat(read.codebook().groups()).hasSize(census.topLevelCodes());
                assertThat(read.discarded()).hasSize(census.codableParentsAtTop() + census.codesBelowSecondLevel());
                assertThat(read.codebook().name()).isEqualTo(project.getFileName().toString().replace(".qdpx", ""));
                assertThat(QdcCodebook.read("again.qdc", QdcCodebook.write(read.codebook())).codebook()).isEqualTo(read.codebook());
            }));
        }

        @Test
        void theNvivoFixtureHasADeepTreeOfCodableParents() {
            Path nvivo = QdcFixtures.FOLDER.resolve("nvivo-mac-15-codebook.qdpx");

            ReadCodebook read = QdcCodebook.read("nvivo.qdpx", QdcFixtures.qde(nvivo));

            assertThat(read.codebook().groups()).extracting(CodeGroup::name)
                    .containsExactly("rq1_definition", "rq2_curriculum_and_instruction", "rq3_process");
            assertThat(read.codebook().codes()).hasSize(262);
            assertThat(read.codebook().findCode("curriculum › interdisciplinary_cs › other_subject_areas › humanities › english › writing"))
                    .isPresent();
            assertThat(read.discarded()).contains(
                    "code 'curriculum › interdisciplinary_cs › other_subject_areas › humanities › english › writing' flattened from a seventh level");
        }

        private static Code foreign(String id, String name, String description, String color) {
            return new Code(id, name, description, "", "", List.of(), color, null, CodeKind.FLAG, null, List.of());
        }
    }

    @Nested
    class Refusing {

        @TempDir
        Path dir;

        @Test
        void anExternalEntityIsNeverFetched() throws IOException {
            String secret = "attune-xxe-secret-" + UUID.randomUUID();
            Path target = dir.resolve("secret.txt");
            Files.writeString(target, secret);
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE CodeBook [<!ENTITY xxe SYSTEM \"" + target.toUri() + "\">]>\n"
                    + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                    + "<Code guid=\"11111111-2222-3333-4444-555555555555\" name=\"&xxe;\" isCodable=\"true\">"
                    + "<Description>&xxe;</Description></Code></Codes></CodeBook>";

            CodebookFormatException e = refused("xxe.qdc", xml.getBytes(StandardCharsets.UTF_8));

            assertThat(e).hasMessageStartingWith("xxe.qdc, line 2, column 1: declares a DTD (<!DOCTYPE ...>)");
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(secret);
                assertThat(t.toString()).doesNotContain(secret);
            }
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.toString()).doesNotContain(secret));
        }

        @Test
        void anEntityBombIsRefusedBeforeAnyExpansion() {
            assertThat(refused("billion-laughs.qdc", resource("billion-laughs.qdc"))).hasMessage(
                    "billion-laughs.qdc, line 2, column 1: declares a DTD (<!DOCTYPE ...>), which REFI-QDA files never have:"
                            + " refused, since a DTD is how external entities and entity expansion bombs get into XML");
        }

        @Test
        void anUndeclaredEntityIsAnError() {
            String xml = "<CodeBook><Codes>\n<Code guid=\"1\" name=\"A\" isCodable=\"true\"><Description>&lol9;</Description>"
                    + "</Code></Codes></CodeBook>";

            assertThat(refused("e.qdc", xml.getBytes(StandardCharsets.UTF_8)))
                    .hasMessageStartingWith("e.qdc, line 2, column ")
                    .hasMessageEndingWith(": the XML is not well-formed: it refers to the entity '&lol9;', which is not declared");
        }

        @Test
        void theWrongRootElement() {
            assertThat(refused("wrong-root.qdc", resource("wrong-root.qdc"))).hasMessage(
                    "wrong-root.qdc, line 2, column 1: the root element is <html>; expected <CodeBook>"
                            + " (a REFI-QDA codebook, .qdc) or <Project> (a REFI-QDA project, .qde)");
        }

        @Test
        void malformedXmlNamesTheLine() {
            CodebookFormatException e = refused("malformed.qdc", resource("malformed.qdc"));

            assertThat(e).hasMessage("malformed.qdc, line 5, column 48: the XML is not well-formed:"
                    + " Unexpected close tag </Descripton>; expected </Description>.");
            assertThat(e.problems()).extracting(CodebookProblem::where).containsExactly("line 5, column 48");
        }

        @Test
        void aForeignNamespace() {
            String xml = "<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"http://example.com/other\"><Codes>"
                    + "<Code guid=\"a1b2c3d4-0000-0000-0000-000000000001\" name=\"A\" isCodable=\"true\"/></Codes></CodeBook>";
            assertThat(refused("other.qdc", xml.getBytes(StandardCharsets.UTF_8))).hasMessage("other.qdc, line 2, column 1: "
                    + "the root element <CodeBook> is in the namespace 'http://example.com/other': a REFI-QDA codebook is in "
                    + "urn:QDA-XML:codebook:1.0 (or another version of it), or in none");
            String older = xml.replace("http://example.com/other", "urn:QDA-XML:codebook:0:4");
            assertThat(QdcCodebook.read("old.qdc", older.getBytes(StandardCharsets.UTF_8)).codebook().codes()).hasSize(1);
        }

        @Test
        void aTruncatedFile() {
            byte[] qdc = QdcCodebook.write(QdcSamples.rich());

            assertThat(refused("cut.qdc", Arrays.copyOf(qdc, qdc.length / 2)))
                    .hasMessageStartingWith("cut.qdc, line ")
                    .hasMessageContaining("the XML is not well-formed: Unexpected");
        }

        @Test
        void anEmptyFile() {
            String message = "empty.qdc: the file is empty; expected a REFI-QDA codebook, an XML document whose root element is CodeBook";
            assertThat(refused("empty.qdc", new byte[0])).hasMessage(message);
            assertThat(refused("empty.qdc", "\uFEFF \n\t\n".getBytes(StandardCharsets.UTF_8))).hasMessage(message);
        }

        @Test
        void aFileThatIsNotXml() {
            assertThat(refused("not-xml.qdc", resource("not-xml.qdc"))).hasMessage("not-xml.qdc, line 1, column 1: this is not XML:"
                    + " a REFI-QDA codebook (.qdc) is an XML document whose root element is CodeBook");
            assertThat(refused("project.qdc", new byte[] {'P', 'K', 3, 4, 0, 0})).hasMessage("project.qdc, line 1, column 1:"
                    + " this is a ZIP archive (a REFI-QDA project, .qdpx?), not XML: a REFI-QDA codebook (.qdc) is an XML document");
        }

        @Test
        void noCodesElement() {
            assertThat(refused("no-codes.qdc", resource("no-codes.qdc"))).hasMessage("no-codes.qdc, line 2, column 1:"
                    + " there is no <Codes> element: a REFI-QDA codebook lists its codes in <CodeBook><Codes>");
            assertThat(refused("p.qde", "<Project name=\"p\"><Users/></Project>".getBytes(StandardCharsets.UTF_8)))
                    .hasMessage("p.qde, line 1, column 1: the project holds no codebook:"
                            + " expected a <CodeBook> element with <Codes> in <Project>");
        }

        private static CodebookFormatException refused(String name, byte[] content) {
            try {
                QdcCodebook.read(name, content);
            } catch (CodebookFormatException e) {
                assertThat(e.file()).isEqualTo(name);
                return e;
            }
            return fail("%s was read, but should have been refused", name);
        }
    }

    @Nested
    class Colors {

        @ParameterizedTest
        @CsvSource(delimiter = ';', nullValues = "none", value = {
            "#4E79A7; #4E79A7; false",
            "#4e79a7; #4E79A7; false",
            "#abc; #AABBCC; false",
            "4E79A7; #4E79A7; false",
            "rgb(200, 30, 30); #C81E1E; false",
            "RGB(0,0,255); #0000FF; false",
            "rgba(0, 0, 255, 0.5); #0000FF; true",
            "rgba(0, 0, 255, 1); #0000FF; false",
            "#FF112233; #112233; false",
            "#80112233; #112233; true",
            "#112233FF; #112233; false",
            "blue; none; false",
            "rgb(300, 0, 0); none; false",
            "#12345; none; false"})
        void areReadAsRrggbb(String text, String rgb, boolean transparencyDropped) {
            assertThat(QdcColor.parse(text)).isEqualTo(new QdcColor(rgb, transparencyDropped));
        }
    }

    /**
     * Whatever the bytes, reading gives a codebook or a CodebookFormatException, never any other
     * exception; and a codebook read once comes back equal after a round trip. Seeded, so a
     * failure can be replayed.
     */
    @Nested
    class Robustness {

        private static final long SEED = 20261126L;

        @Test
        void randomBytes() {
            Random random = new Random(SEED);
            for (int i = 0; i < 600; i++) {
                check("random input " + i, randomInput(random, i));
            }
        }

        @TestFactory
        Stream<DynamicTest> truncatedAndDamagedFiles() {
            List<DynamicTest> tests = new ArrayList<>();
            List<Sample> samples = List.of(
                    new Sample("written.qdc", QdcCodebook.write(QdcSamples.rich())),
                    new Sample("nvivo-style.qdc", resource("nvivo-style.qdc")),
                    new Sample("edited-sections.qdc", resource("edited-sections.qdc")));
            for (Sample sample : samples) {
                tests.add(DynamicTest.dynamicTest(sample.name(), () -> {
                    Random random = new Random(SEED ^ sample.name().hashCode());
                    byte[] content = sample.content();
                    for (int i = 0; i < 200; i++) {
                        int length = random.nextInt(content.length);
                        check(sample.name() + " cut to " + length + " bytes", Arrays.copyOf(content, length));
                    }
                    for (int i = 0; i < 600; i++) {
                        byte[] damaged = content.clone();
                        int changes = 1 + random.nextInt(8);
                        for (int c = 0; c < changes; c++) {
                            damaged[random.nextInt(damaged.length)] = i % 2 == 0
                                    ? (byte) random.nextInt(256)
                                    : (byte) "<>&;\"'/=#-:\n ".charAt(random.nextInt(13));
                        }
                        check(sample.name() + " with " + changes + " bytes changed (case " + i + ")", damaged);
                    }
                }));
            }
            return tests.stream();
        }

        private static void check(String what, byte[] input) {
            ReadCodebook read;
            try {
                read = QdcCodebook.read("fuzz.qdc", input);
            } catch (CodebookFormatException e) {
                assertThat(e.getMessage()).as(what).startsWith("fuzz.qdc");
                return;
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(what + ": " + e, e);
            }
            if (!read.codebook().groups().isEmpty()) {
                Codebook again = QdcCodebook.read("fuzz.qdc", QdcCodebook.write(read.codebook())).codebook();
                assertThat(again).as(what + ", after a round trip").isEqualTo(read.codebook());
            }
        }

        /** Raw bytes, printable text, and soups of the markup a codebook is made of. */
        private static byte[] randomInput(Random random, int i) {
            int length = random.nextInt(i % 10 == 0 ? 20 : 2000);
            return switch (i % 3) {
                case 0 -> {
                    byte[] bytes = new byte[length];
                    random.nextBytes(bytes);
                    yield bytes;
                }
                case 1 -> {
                    StringBuilder text = new StringBuilder();
                    for (int c = 0; c < length; c++) {
                        text.append((char) (0x20 + random.nextInt(0x5F)));
                    }
                    yield text.toString().getBytes(StandardCharsets.UTF_8);
                }
                default -> {
                    String[] parts = {"<CodeBook>", "</CodeBook>", "<Codes>", "</Codes>", "<Code name=\"a\" isCodable=\"false\">",
                        "<Code name=\"b\" isCodable=\"true\" color=\"#abc\">", "</Code>", "<Code/>", "<Description>",
                        "</Description>", "\n\nAttune id: x", "\nKey: s", "\nScale (ratio):\n1 = a\n2 = b", "<Sets><Set name=\"s\">",
                        "</Set></Sets>", "Version: 1", "&amp;", "&#13;", "<![CDATA[x]]>", "<!-- c -->", "text"};
                    StringBuilder xml = new StringBuilder("<CodeBook><Codes>");
                    for (int c = 0; c < length / 20; c++) {
                        xml.append(parts[random.nextInt(parts.length)]);
                    }
                    yield xml.toString().getBytes(StandardCharsets.UTF_8);
                }
            };
        }

        private record Sample(String name, byte[] content) {
        }
    }

    private static Codebook codebookOf(Code code) {
        return new Codebook("One", "1", "", List.of(), List.of(), "",
                List.of(new CodeGroup("group", "Group", "", false, AppliesTo.ANY, List.of(code))));
    }

    private static String guid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = QdcCodebookTest.class.getResourceAsStream("/codebooks/qdc/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource codebooks/qdc/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
