package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.CommandLineTest.attune;
import static org.attune.cli.CommandLineTest.demo;
import static org.attune.cli.CommandLineTest.json;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.attune.cli.CommandLineTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The blind round of {@link BlindRoundTest}, through REFI-QDA: the lead packs each coder a .qdpx
 * (one of them pseudonymised), one coder codes in "another QDA tool" (the project document edited
 * as such a tool would, under its own user name), the other imports the pack into Attune, codes and
 * exports it back; the lead merges both .qdpx files and computes agreement.
 */
class QdpxBlindRoundTest {

    @TempDir
    Path dir;

    @Test
    void blindRoundThroughQdpxPacks() throws Exception {
        String project = demo(dir);
        assertThat(attune("round", "create", project, "blind", "--coders", "eve,finn", "--transcripts", "d02-s01").status()).isZero();
        Path names = Files.writeString(dir.resolve("names.csv"), "name,replacement\nDaniel,Client A\nOkafor,Berg\nRenée,Partner\n");
        Path eve = dir.resolve("eve.qdpx");
        Path finn = dir.resolve("finn.qdpx");
        Run packEve = attune("pack", project, "--coder", "eve", "--out", eve.toString(), "--pseudonymize", names.toString());
        assertThat(packEve.status()).as(packEve.err()).isZero();
        assertThat(packEve.out()).contains("Pseudonymized:").contains("Daniel: ").contains("Okafor: ");
        assertThat(attune("pack", project, "--coder", "finn", "--out", finn.toString()).status()).isZero();

        // Eve's pack holds none of the names, in text, speakers or the names of sources.
        Map<String, String> eveEntries = entries(eve);
        String eveText = eveEntries.entrySet().stream().filter(e -> e.getKey().startsWith("sources/")).map(Map.Entry::getValue)
                .reduce("", String::concat);
        assertThat(eveText).doesNotContain("Daniel").doesNotContain("Okafor").doesNotContain("Renée")
                .contains("Dr Berg: ").contains("Client A: ").contains("Partner");
        Matcher sources = Pattern.compile("<TextSource [^>]*>\\s*<Description>[^<]*</Description>").matcher(eveEntries.get("project.qde"));
        while (sources.find()) {
            assertThat(sources.group()).doesNotContain("Daniel").doesNotContain("Okafor");
        }

        // Finn codes in Attune: his pack imported, client turns coded by his routine, exported back.
        Path finnProject = dir.resolve("finn.attune");
        assertThat(attune("import-project", finn.toString(), "--out", finnProject.toString()).status()).isZero();
        JsonNode turns = json(attune("show", finnProject.toString(), "d02-s01", "--json").out()).get("turns");
        StringBuilder finnRows = new StringBuilder("coder,transcript,turn,code\n");
        int clientTurns = 0;
        int same = 0;
        for (JsonNode turn : turns) {
            if (turn.get("role").asString().equals("client")) {
                String code = clientTurns % 2 == 0 ? "narrative" : "chronicle";
                finnRows.append("finn,d02-s01,").append(turn.get("turn").asInt()).append(',').append(code).append('\n');
                same += code.equals("narrative") ? 1 : 0;
                clientTurns++;
            }
        }
        Run coded = attune("codings", "import", finnProject.toString(), Files.writeString(dir.resolve("finn.csv"), finnRows).toString());
        assertThat(coded.status()).as(coded.err()).isZero();
        Path finnBack = dir.resolve("finn-back.qdpx");
        assertThat(attune("export", finnProject.toString(), "--out", finnBack.toString()).status()).isZero();

        // Eve codes in another tool, logged in as "Eve Smith": every client turn narrative, on the turn's text.
        Path eveBack = codeClientTurnsElsewhere(eve, dir.resolve("eve-back.qdpx"), "narrative");

        Run merge = attune("merge", project, eveBack.toString(), finnBack.toString());
        assertThat(merge.status()).as(merge.err()).isZero();
        assertThat(merge.out()).contains((2 * clientTurns) + " codings added").contains("eve").contains("finn");
        // Merging the same files again changes nothing.
        assertThat(attune("merge", project, eveBack.toString(), finnBack.toString()).out()).contains("0 codings added");

        // Eve's codings, made on the pseudonymised text, lie on the original turns' whole text again.
        JsonNode original = json(attune("show", project, "d02-s01", "--json").out()).get("turns");
        Path exported = dir.resolve("eve.csv");
        assertThat(attune("codings", "export", project, "--coder", "eve", "--out", exported.toString()).status()).isZero();
        List<String> rows = Files.readAllLines(exported);
        assertThat(rows).hasSize(clientTurns + 1);
        for (JsonNode turn : original) {
            if (turn.get("role").asString().equals("client") && turn.get("text").asString().contains("Daniel")) {
                assertThat(rows).anyMatch(r -> r.contains(",d02-s01," + turn.get("turn").asInt() + ",") && r.contains("Daniel"));
            }
        }

        JsonNode report = json(attune("agreement", project, "--coders", "eve,finn", "--codes", "client-form", "--json").out());
        JsonNode form = report.get("groups").get(0);
        assertThat(form.get("n_units").asInt()).isEqualTo(clientTurns);
        assertThat(form.get("percent_agreement").asDouble()).isEqualTo((double) same / clientTurns);
        assertThat(form.get("cohen_kappa").asDouble()).isZero();
    }

    /** A hostile .qdpx (positions past the end of its text) merged into the project leaves it exactly as it was. */
    @Test
    void aQdpxThatLiesAboutOffsetsChangesNothing() throws Exception {
        String project = demo(dir);
        Path pack = dir.resolve("pack.qdpx");
        assertThat(attune("round", "create", project, "r", "--coders", "eve", "--transcripts", "d01-s01").status()).isZero();
        assertThat(attune("pack", project, "--coder", "eve", "--out", pack.toString()).status()).isZero();
        Path lying = codeClientTurnsElsewhere(pack, dir.resolve("lying.qdpx"), "narrative");
        Map<String, String> entries = entries(lying);
        entries.put("project.qde", entries.get("project.qde").replaceFirst("endPosition=\"\\d+\"", "endPosition=\"999999\""));
        write(lying, entries);
        assertThat(attune("codings", "export", project, "--out", dir.resolve("before.csv").toString()).status()).isZero();
        Run merge = attune("merge", project, lying.toString());
        assertThat(merge.status()).isEqualTo(1);
        assertThat(merge.err()).contains("lying.qdpx").contains("999999").contains("nothing");
        assertThat(attune("codings", "export", project, "--out", dir.resolve("after.csv").toString()).status()).isZero();
        assertThat(Files.readString(dir.resolve("after.csv"))).isEqualTo(Files.readString(dir.resolve("before.csv")));
        // import-project refuses it too, and leaves no project file behind.
        Path made = dir.resolve("made.attune");
        assertThat(attune("import-project", lying.toString(), "--out", made.toString()).status()).isEqualTo(1);
        assertThat(made).doesNotExist();
    }

    /** Zip slip, a zip bomb and XXE: each refused with its own clear error, the project as it was, no new project left. */
    @Test
    void hostileArchivesChangeNothing() throws Exception {
        String project = demo(dir);
        String ns = "urn:QDA-XML:project:1.0";
        String qde = org.attune.exchange.QdpxFiles.qde(ns, "s.txt", 0, 5);
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        Map<String, Path> hostile = new LinkedHashMap<>();
        hostile.put("zip slip", org.attune.exchange.QdpxFiles.with("project.qde", qde).and("sources/s.txt", "Client: hello")
                .and("../../evil.sh", "rm -rf ~").write(dir.resolve("slip.qdpx")));
        hostile.put("zip bomb", org.attune.exchange.QdpxFiles.with("project.qde", qde).and("sources/s.txt", new byte[64 << 20])
                .write(dir.resolve("bomb.qdpx")));
        hostile.put("DTD", org.attune.exchange.QdpxFiles.with("project.qde", "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<Project xmlns=\"" + ns + "\" name=\"&x;\"/>").write(dir.resolve("xxe.qdpx")));
        Path before = dir.resolve("before.csv");
        assertThat(attune("codings", "export", project, "--out", before.toString()).status()).isZero();
        String info = attune("info", project).out();
        for (Map.Entry<String, Path> file : hostile.entrySet()) {
            Run merge = attune("merge", project, file.getValue().toString());
            assertThat(merge.status()).as(file.getKey()).isEqualTo(1);
            assertThat(merge.err()).as(file.getKey()).contains(file.getValue().getFileName().toString()).contains(file.getKey())
                    .doesNotContain("secret\n").doesNotContain("Exception");
            Path made = dir.resolve(file.getKey().replace(' ', '-') + ".attune");
            Run imported = attune("import-project", file.getValue().toString(), "--out", made.toString());
            assertThat(imported.status()).as(file.getKey()).isEqualTo(1);
            assertThat(made).doesNotExist();
        }
        Path after = dir.resolve("after.csv");
        assertThat(attune("codings", "export", project, "--out", after.toString()).status()).isZero();
        assertThat(Files.readString(after)).isEqualTo(Files.readString(before));
        assertThat(attune("info", project).out()).isEqualTo(info);
        assertThat(dir.getParent().resolve("evil.sh")).doesNotExist();
    }

    /**
     * What another QDA tool does with a pack: its own user, a selection of each client turn's text
     * (after the speaker label) with one code, positions counted in code points.
     */
    static Path codeClientTurnsElsewhere(Path pack, Path out, String codeId) throws Exception {
        Map<String, String> entries = entries(pack);
        String qde = entries.get("project.qde");
        Matcher code = Pattern.compile("<Code guid=\"([0-9a-f-]+)\"[^>]*>\\s*<Description>[^<]*Attune id: " + codeId + "</Description>")
                .matcher(qde);
        assertThat(code.find()).isTrue();
        String user = "99999999-9999-4999-8999-999999999999";
        StringBuilder added = new StringBuilder();
        Matcher source = Pattern.compile("<TextSource guid=\"([0-9a-f-]+)\"[^>]*>\\s*<Description>([^<]*)</Description>").matcher(qde);
        assertThat(source.find()).isTrue();
        String client = source.group(2).lines().filter(l -> l.startsWith("Speaker client: ")).findFirst().orElseThrow()
                .substring("Speaker client: ".length());
        String text = entries.get("sources/" + source.group(1) + ".txt");
        int at = 0;
        int n = 0;
        for (String block : text.split("\n\n", -1)) {
            int label = block.indexOf(client + ": ");
            if (label >= 0 && label < 40) {
                int start = at + label + client.length() + 2;
                int end = at + block.stripTrailing().length();
                added.append("<PlainTextSelection guid=\"").append(String.format("%08d-0000-4000-8000-000000000000", ++n))
                        .append("\" startPosition=\"").append(text.codePointCount(0, start)).append("\" endPosition=\"")
                        .append(text.codePointCount(0, end)).append("\" creatingUser=\"").append(user).append("\"><Coding guid=\"")
                        .append(String.format("%08d-0000-4000-8000-000000000001", n)).append("\" creatingUser=\"").append(user)
                        .append("\"><CodeRef targetGUID=\"").append(code.group(1)).append("\"/></Coding></PlainTextSelection>\n");
            }
            at += block.length() + 2;
        }
        qde = qde.substring(0, source.end()) + "\n" + added + qde.substring(source.end());
        qde = qde.replace("<Users>", "<Users><User guid=\"" + user + "\" name=\"Eve Smith\"/>");
        entries.put("project.qde", qde);
        return write(out, entries);
    }

    static Map<String, String> entries(Path qdpx) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            for (ZipEntry e : new ArrayList<>(zip.stream().toList())) {
                entries.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    static Path write(Path qdpx, Map<String, String> entries) throws Exception {
        try (OutputStream out = Files.newOutputStream(qdpx); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return qdpx;
    }
}
