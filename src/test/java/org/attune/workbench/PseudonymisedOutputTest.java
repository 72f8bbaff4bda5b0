package org.attune.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.attune.model.AttuneException;
import org.attune.model.Coding;
import org.attune.model.Span;
import org.attune.ui.ProjectFileDump;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project whose names are everywhere a name can be (speakers; turn text with a possessive, a name
 * broken across a line, a decomposed "Zoë" and a lower-case name; a coding's memo; the codebook's
 * description, criteria and examples; the project's, transcript's, file's, dyad's, round's and coder's
 * names), exported and packed with a list of them: the output, read back here on its own terms (every
 * zip entry's name and text, every text cell of a pack), holds none of them in any form. And a name
 * the list itself puts back (a replacement that is another listed name), or one in a place that
 * cannot be renamed (a code's id), fails the export or pack with nothing written, unless allowed.
 */
class PseudonymisedOutputTest {

    /** The listed names, and how this test looks for them: by itself, not by the code under test. */
    static final List<String> NAMES = List.of("Zoë", "Sam", "Hannah Reid", "Hannah", "Okafor", "Anna", "Will");

    static final String LIST = "name,replacement\nZoë,Client B\nSam,Client C\nHannah Reid,Therapist A\nHannah,T.A.\n"
            + "Okafor,Dr X\nAnna,Coder 1\nWill,W\n";

    static final String CODEBOOK = """
            name: Okafor's codebook
            version: "1"
            description: Codes for the study of Zoë and Sam.
            authors: [Dr Okafor]
            notes: Ask Hannah Reid before changing it.
            groups:
              - id: form
                name: Form
                description: How Sam speaks.
                codes:
                  - id: statement
                    name: Statement
                    description: A declarative turn, as Zoë makes them.
                    inclusion: When Sam states.
                    exclusion: Not when Hannah asks.
                    examples:
                      - "Okafor said it was fine."
                    key: s
                  - id: question
                    name: Question
                    key: q
            """;

    @TempDir
    Path dir;

    Path project;

    @BeforeEach
    void fixture() throws IOException {
        project = dir.resolve("okafor-study.attune");
        String decomposedZoe = Normalizer.normalize("Zoë", Normalizer.Form.NFD);
        Path transcript = Files.writeString(dir.resolve("sam-s01.csv"), "speaker,text\n"
                + "Hannah Reid,\"Hello Sam. How was Sam's week? I will ask about " + decomposedZoe + ".\"\n"
                + "Zoë,\"It was fine, Hannah\nReid. Ask Oka-\nfor. And sam, SAM and Zoë’s friend came. Will came too.\"\n",
                StandardCharsets.UTF_8);
        try (Workbench workbench = Workbench.create(project)) {
            workbench.importFiles(List.of(transcript), ImportOptions.defaults().withRoles(List.of("Hannah Reid"), List.of("Zoë")),
                    Progress.NONE);
            workbench.useCodebook(Files.writeString(dir.resolve("codebook.yaml"), CODEBOOK, StandardCharsets.UTF_8), false);
            String name = workbench.transcripts().getFirst().name();
            assertThat(name).isEqualTo("sam-s01");
            assertThat(workbench.transcript(name).session().dyad()).isEqualTo("sam");
            int first = workbench.transcript(name).turn(1).codePoints();
            workbench.applyCode("Anna", name, "question", Span.wholeTurn(1, first), null, "Sam's mother? Ask Okafor.");
            workbench.applyCode("Anna", name, "statement", new Span(2, 0, 2, 10), null, null);
            workbench.createRound("round for Sam", List.of("Anna"), List.of(name), List.of(), false);
        }
        // The fixture holds each name in each place it is meant to: else a clean output would prove nothing.
        Map<String, List<String>> rows = ProjectFileDump.of(project);
        String all = String.join("\n", rows.values().stream().flatMap(List::stream).toList());
        for (String n : NAMES) {
            assertThat(all).as("the fixture holds " + n).contains(n);
        }
        assertThat(all).contains(decomposedZoe).contains("Hannah\nReid").contains("Oka-\nfor").contains(" sam,");
    }

    private Path list(String csv) throws IOException {
        return Files.writeString(dir.resolve("names-" + csv.hashCode() + ".csv"), csv, StandardCharsets.UTF_8);
    }

    @Test
    void anExportWithTheListHoldsNoListedNameAnywhere() throws IOException {
        Path out = dir.resolve("out").resolve("study.qdpx");
        Files.createDirectories(out.getParent());
        QdpxExportReport report;
        try (Workbench workbench = Workbench.open(project)) {
            report = workbench.exportProject(out, list(LIST), Progress.NONE);
        }
        assertThat(report.warnings()).isEmpty();
        assertThat(namesIn(qdpxTexts(out))).isEmpty();
        // The names were replaced, not dropped: the pseudonyms are where the names were.
        String all = String.join("\n", qdpxTexts(out));
        assertThat(all).contains("Client C-s01", "Therapist A", "Client B", "Client C's week", "Dr X", "Coder 1",
                "CLIENT C", "will ask", "W came too");
        assertThat(report.pseudonyms().replaced()).allSatisfy((name, n) -> assertThat(n).as(name).isPositive());
        assertThat(names(out.getParent())).containsExactly("study.qdpx");
    }

    @Test
    void aPackWithTheListHoldsNoListedNameAnywhere() throws IOException {
        for (String file : List.of("pack.attune", "pack.qdpx")) {
            Path out = dir.resolve(file);
            try (Workbench workbench = Workbench.open(project)) {
                PackReport report = workbench.pack(null, "Anna", out, list(LIST), Progress.NONE);
                assertThat(report.warnings()).as(file).isEmpty();
            }
            List<String> texts = file.endsWith(".qdpx") ? qdpxTexts(out)
                    : ProjectFileDump.of(out).values().stream().flatMap(List::stream).toList();
            assertThat(namesIn(texts)).as(file).isEmpty();
            assertThat(String.join("\n", texts)).as(file).contains("Client C-s01", "Client B", "Coder 1");
        }
        // The project remembers the list, and with it which of its coders the pack's "Coder 1" is.
        try (org.attune.store.ProjectStore store = org.attune.store.ProjectStore.open(project, org.attune.store.ProjectStore.Access.READ_ONLY)) {
            assertThat(PseudonymLists.coderBefore(store, "Coder 1")).contains("Anna");
            assertThat(PseudonymLists.coderBefore(store, "Anna")).isEmpty();
            assertThat(PseudonymLists.coderBefore(store, "Coder 2")).isEmpty();
        }
        // The codings came along, on the pseudonymised text.
        try (Workbench pack = Workbench.openReadOnly(dir.resolve("pack.attune"))) {
            List<Coding> codings = pack.codings("Client C-s01");
            assertThat(codings).extracting(Coding::coder).containsOnly("Coder 1");
            assertThat(codings).extracting(Coding::memo).contains("Client C's mother? Ask Dr X.");
        }
    }

    @Test
    void aNameTheListPutsBackFailsTheExportAndLeavesTheEarlierFile() throws IOException {
        // "Zoë" becomes "Sam's sister" after Sam was replaced: the scan of the written file finds Sam.
        Path planted = list("name,replacement\nSam,Client C\nZoë,Sam's sister\nHannah Reid,Therapist A\nOkafor,Dr X\nAnna,Coder 1\n");
        Path out = dir.resolve("out").resolve("study.qdpx");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "an earlier export");
        Map<String, List<String>> before = ProjectFileDump.of(project);
        try (Workbench workbench = Workbench.open(project)) {
            assertThatThrownBy(() -> workbench.exportProject(out, planted, Progress.NONE))
                    .isInstanceOf(AttuneException.class)
                    .hasMessageContaining("study.qdpx was not written")
                    .hasMessageContaining("entry project.qde: 'Sam'")
                    .hasMessageMatching("(?s).*entry sources/[^ ]+\\.txt: 'Sam'.*");
        }
        assertThat(Files.readString(out)).isEqualTo("an earlier export");
        assertThat(names(out.getParent())).containsExactly("study.qdpx");
        assertThat(ProjectFileDump.differences(before, ProjectFileDump.of(project))).isEmpty();
        // Allowed, the file is written and the report says where the names are.
        try (Workbench workbench = Workbench.open(project)) {
            QdpxExportReport report = workbench.exportProject(out, planted, Leftovers.ALLOW, Progress.NONE);
            assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("entry project.qde: 'Sam'"));
        }
        assertThat(namesIn(qdpxTexts(out))).anySatisfy(hit -> assertThat(hit).startsWith("Sam in"));
    }

    @Test
    void aNameInACodesIdFailsThePackWithNoPackAndNoListRemembered() throws IOException {
        // A code's id cannot be renamed (codings and other projects refer to it): the pack would give "Sam" away.
        try (Workbench workbench = Workbench.open(project)) {
            workbench.addCode("form", "sam-talk", "Talk");
        }
        Map<String, List<String>> before = ProjectFileDump.of(project);
        for (String file : List.of("pack.attune", "pack.qdpx")) {
            Path out = dir.resolve("packs").resolve(file);
            Files.createDirectories(out.getParent());
            try (Workbench workbench = Workbench.open(project)) {
                assertThatThrownBy(() -> workbench.pack(null, "Anna", out, list(LIST), Progress.NONE))
                        .as(file).isInstanceOf(AttuneException.class)
                        .hasMessageContaining(file + " was not written")
                        .hasMessageContaining("'sam'");
            }
            assertThat(names(out.getParent())).as(file).isEmpty();
        }
        assertThat(ProjectFileDump.differences(before, ProjectFileDump.of(project))).isEmpty();
    }

    /** Every zip entry's name, and its text decoded. */
    private static List<String> qdpxTexts(Path qdpx) throws IOException {
        List<String> texts = new ArrayList<>();
        try (ZipFile zip = new ZipFile(qdpx.toFile(), StandardCharsets.UTF_8)) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                texts.add(e.getName());
                texts.add(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    /**
     * The listed names found in texts, looked for independently of the code under test: composed,
     * in any case, with line breaks and hyphens taken out (so "Hannah\nReid" and "Oka-\nfor" count),
     * as whole words; except "Will", which is also a word and counts only as "Will" or "WILL".
     */
    private static List<String> namesIn(List<String> texts) {
        List<String> found = new ArrayList<>();
        for (String raw : texts) {
            String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replaceAll("-\\R", "").replaceAll("\\s+", " ");
            for (String name : NAMES) {
                boolean common = name.equals("Will");
                String hay = common ? text : text.toLowerCase(Locale.ROOT);
                String needle = common ? name : name.toLowerCase(Locale.ROOT);
                for (String n : common ? List.of(needle, needle.toUpperCase(Locale.ROOT)) : List.of(needle)) {
                    java.util.regex.Matcher m = java.util.regex.Pattern
                            .compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(n) + "(?![\\p{L}\\p{N}])").matcher(hay);
                    while (m.find()) {
                        found.add(name + " in …" + text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30)) + "…");
                    }
                }
            }
        }
        return found;
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
