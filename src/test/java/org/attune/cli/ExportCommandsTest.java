package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.CommandLineTest.attune;
import static org.attune.cli.CommandLineTest.demo;
import static org.attune.cli.CommandLineTest.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.cli.CommandLineTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code attune export}, {@code import-project} and {@code pseudonyms}, and a merge across codebook changes. */
class ExportCommandsTest {

    @TempDir
    Path dir;
    String project;

    @BeforeEach
    void buildDemo() {
        project = demo(dir);
    }

    @Test
    void exportAndImportProjectReportWhatTheyDid() {
        Path qdpx = dir.resolve("study.qdpx");
        Run export = attune("export", project, "--out", qdpx.toString(), "--json");
        assertThat(export.status()).as(export.err()).isZero();
        JsonNode report = json(export.out());
        assertThat(report.get("transcripts").asInt()).isEqualTo(6);
        assertThat(report.get("codings").asInt()).isEqualTo(5577);
        assertThat(report.get("coders").valueStream().map(JsonNode::asString).toList()).containsExactly("anna", "ben", "carla");

        Run imported = attune("import-project", qdpx.toString(), "--out", dir.resolve("copy").toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Made ").contains("6 transcripts, 5577 codings by anna, ben, carla, 42 codes.");
        // A second import to the same file is refused: import-project makes new projects only.
        Run again = attune("import-project", qdpx.toString(), "--out", dir.resolve("copy").toString());
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
        Run wrong = attune("export", project, "--out", dir.resolve("study.zip").toString());
        assertThat(wrong.status()).isEqualTo(1);
        assertThat(wrong.err()).contains("ends in .qdpx");
    }

    @Test
    void pseudonymizedExportReplacesNamesAndKeepsCodingsOnTheirWords() throws Exception {
        Path names = Files.writeString(dir.resolve("names.csv"), "Daniel,Client A\nOkafor,Berg\nRenée,Partner\nZebedee,X\n");
        Path qdpx = dir.resolve("shared.qdpx");
        Run export = attune("export", project, "--out", qdpx.toString(), "--pseudonymize", names.toString());
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.out()).contains("Pseudonymized: ").contains("  Daniel: ").contains("  Zebedee: 0 (not found)");
        String texts = QdpxBlindRoundTest.entries(qdpx).entrySet().stream().filter(e -> e.getKey().startsWith("sources/"))
                .map(Map.Entry::getValue).collect(Collectors.joining());
        assertThat(texts).doesNotContain("Daniel").doesNotContain("Okafor").doesNotContain("Renée").contains("Dr Berg: ");

        Path copy = dir.resolve("copy.attune");
        assertThat(attune("import-project", qdpx.toString(), "--out", copy.toString()).status()).isZero();
        Path before = dir.resolve("before.csv");
        Path after = dir.resolve("after.csv");
        attune("codings", "export", project, "--out", before.toString());
        attune("codings", "export", copy.toString(), "--out", after.toString());
        List<String> original = Files.readAllLines(before);
        List<String> shared = Files.readAllLines(after);
        assertThat(shared).hasSameSizeAs(original);
        // Every coding whose text held no name is on exactly the same words; the others have the replacements.
        Set<String> unchanged = original.stream().filter(l -> !l.contains("Daniel") && !l.contains("Okafor") && !l.contains("Renée"))
                .collect(Collectors.toSet());
        assertThat(shared).containsAll(unchanged.stream().filter(l -> !l.contains("d02-s01") && !l.contains("d02-s03")).toList());
        assertThat(String.join("\n", shared)).doesNotContain("Daniel").contains("Client A");
    }

    @Test
    void theProjectsListOfNamesWarnsWhenNamesLeaveTheProject() throws Exception {
        Path list = Files.writeString(dir.resolve("list.csv"), "name,replacement\nDaniel,Client A\nRenée,Partner\n");
        assertThat(attune("pseudonyms", project).out()).contains("has no list");
        Run set = attune("pseudonyms", project, "--set", list.toString());
        assertThat(set.status()).as(set.err()).isZero();
        assertThat(set.out()).contains("pseudonymizes 2 names:").contains("Daniel -> Client A");
        Run plain = attune("export", project, "--out", dir.resolve("plain.qdpx").toString());
        assertThat(plain.status()).isZero();
        assertThat(plain.err()).contains("Warning: 'Daniel', on the project's list of names to pseudonymise, is still in d02-s01 (")
                .contains("Warning: 'Renée'");
        // Pseudonymised with a list that covers only one of them, the export warns of the other.
        Path partial = Files.writeString(dir.resolve("partial.csv"), "Daniel,Client A\n");
        Run half = attune("export", project, "--out", dir.resolve("half.qdpx").toString(), "--pseudonymize", partial.toString());
        assertThat(half.err()).doesNotContain("'Daniel'").contains("Warning: 'Renée'");
        assertThat(attune("pseudonyms", project, "--clear").out()).contains("has no list");
        Run bad = attune("pseudonyms", project, "--set", Files.writeString(dir.resolve("bad.csv"), "Daniel,A\nDaniel,B\n").toString());
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).contains("bad.csv, line 2: the name 'Daniel' is already given on line 1");
    }

    @Test
    void aPackMadeBeforeACodeMergeComesBackOnTheMergedCode() throws Exception {
        assertThat(attune("round", "create", project, "r", "--coders", "anna", "--transcripts", "d01-s01").status()).isZero();
        Path pack = dir.resolve("anna.attune");
        assertThat(attune("pack", project, "--coder", "anna", "--out", pack.toString()).status()).isZero();
        // In the pack, anna adds a tentative-language coding where she had none of either code.
        Path mine = dir.resolve("mine.csv");
        attune("codings", "export", pack.toString(), "--out", mine.toString());
        Set<Integer> taken = Files.readAllLines(mine).stream().filter(l -> l.contains(",tentative-language,") || l.contains(",mutual-language,"))
                .map(l -> Integer.parseInt(l.split(",")[2])).collect(Collectors.toSet());
        JsonNode turns = json(attune("show", pack.toString(), "d01-s01", "--json").out()).get("turns");
        int free = turns.valueStream().filter(t -> t.get("role").asString().equals("therapist"))
                .map(t -> t.get("turn").asInt()).filter(n -> !taken.contains(n)).findFirst().orElseThrow();
        Path added = Files.writeString(dir.resolve("added.csv"), "coder,transcript,turn,code\nanna,d01-s01," + free + ",tentative-language\n");
        assertThat(attune("codings", "import", pack.toString(), added.toString()).status()).isZero();
        long hers = Files.readAllLines(mine).stream().filter(l -> l.contains(",tentative-language,")).count();

        // Meanwhile the lead merges tentative-language into mutual-language.
        Run lead = attune("codebook", "merge", project, "tentative-language", "mutual-language");
        assertThat(lead.status()).as(lead.err()).isZero();
        Run merge = attune("merge", project, pack.toString());
        assertThat(merge.status()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("1 codings added").contains((hers + 1) + " codings of codes merged since into others came in on those");
        // Merging again changes nothing.
        assertThat(attune("merge", project, pack.toString()).out()).contains("0 codings added");

        // A code the lead deleted since cannot take the pack's codings: the merge says so and changes nothing.
        String gone = Files.readAllLines(mine).stream().skip(1).map(l -> l.split(",")[3])
                .filter(c -> !c.equals("tentative-language") && !c.equals("mutual-language")).findFirst().orElseThrow();
        assertThat(attune("codebook", "delete", project, gone, "--force").status()).isZero();
        Path before = dir.resolve("before.csv");
        attune("codings", "export", project, "--out", before.toString());
        Run refused = attune("merge", project, pack.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("uses code '" + gone + "'").contains("it was deleted from the codebook in version");
        Path after = dir.resolve("after.csv");
        attune("codings", "export", project, "--out", after.toString());
        assertThat(Files.readString(after)).isEqualTo(Files.readString(before));
    }
}
