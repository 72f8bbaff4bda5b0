package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.CommandLineTest.attune;
import static org.attune.cli.CommandLineTest.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.cli.CommandLineTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The codebook, coders and codings verbs as a user and a script see them. */
class CodebookCommandsTest {

    @TempDir
    Path dir;


    /** The groups without each code's count of codings, which belongs to the project, not the codebook. */
    private static JsonNode withoutCounts(JsonNode groups) {
        groups.forEach(g -> g.get("codes").forEach(c -> ((ObjectNode) c).remove("codings")));
        return groups;
    }

    @Test
    void infoOnTheDemoProjectShowsTheCodebookItsVersionAndTheCoders() {
        String demo = dir.resolve("demo.attune").toString();
        assertThat(attune("demo", demo).status()).isZero();
        Run info = attune("info", demo);
        assertThat(info.out()).contains("Codebook     Conversational Model 1.0 (42 codes; version 1 in this project)",
                "Codings      5577 by 3 coders", "  anna      2254            6", "  ben       2578            6",
                "  carla      745            2");
        JsonNode json = json(attune("info", demo, "--json").out());
        assertThat(json.get("codebook").get("name").asString()).isEqualTo("Conversational Model");
        assertThat(json.get("codebook").get("version").asString()).isEqualTo("1.0");
        assertThat(json.get("codebook").get("project_version").asInt()).isEqualTo(1);
        assertThat(json.get("coders").asInt()).isEqualTo(3);
        assertThat(json.get("by_coder").get(2).get("coder").asString()).isEqualTo("carla");
        assertThat(json.get("by_coder").get(2).get("codings").asInt()).isEqualTo(745);
    }

    @Test
    void checkListsEveryProblemAndExitsOne() throws IOException {
        Path good = Path.of("codebooks/conversational-model.yaml");
        assertThat(attune("codebook", "check", good.toString())).isEqualTo(new Run(0, "conversational-model.yaml: no problems.\n", ""));
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: X\nversion: 1\ngroups:\n  - id: G\n    name: g\n    codes: []\n");
        Run run = attune("codebook", "check", bad.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("bad.yaml, line 4, column 9: id 'G' must be lower case letters, digits, '-' and '_', "
                + "starting with a letter or digit\nbad.yaml, line 6, column 12: the group on line 4 has no codes\n");
        assertThat(run.err()).isEqualTo("attune: 2 problems in bad.yaml\n");
    }

    @Test
    void useShowChangeAndExport() throws IOException {
        String project = dir.resolve("p.attune").toString();
        attune("init", project);
        Path transcript = Files.writeString(dir.resolve("d01-s01.txt"), "Therapist: Hello.\nClient: Hi there.\n");
        attune("import", project, transcript.toString());
        Run use = attune("codebook", "use", project, "codebooks/conversational-model.yaml");
        assertThat(use).isEqualTo(new Run(0, "Codebook version 1: attached conversational-model.yaml.\n", ""));

        Path table = Files.writeString(dir.resolve("codings.csv"), "coder,transcript,turn,code,value\n"
                + "zoe,d01-s01,1,statement,\nzoe,d01-s01,1,tentative-language,\nzoe,d01-s01,2,experiencing-level,2\n");
        assertThat(attune("codings", "import", project, table.toString()).out())
                .isEqualTo("Imported 3 rows by zoe: 3 new, 0 updated, 0 already there.\n");
        assertThat(attune("coders", project).out()).isEqualTo("CODER  CODINGS  TRANSCRIPTS\nzoe          3            1\n");

        assertThat(attune("codebook", "show", project).out()).contains("Therapist turn form  (therapist-form; therapist turns; one per turn)",
                "  s    statement         Statement            flag        1");
        JsonNode shown = json(attune("codebook", "show", project, "--json").out());
        assertThat(shown.get("groups")).hasSize(8);
        JsonNode level = shown.get("groups").get(6).get("codes").get(0);
        assertThat(level.get("id").asString()).isEqualTo("experiencing-level");
        assertThat(level.get("kind").asString()).isEqualTo("scale");
        assertThat(level.get("levels")).hasSize(7);
        assertThat(level.get("codings").asInt()).isEqualTo(1);

        assertThat(attune("codebook", "rename", project, "statement", "Declarative statement").out())
                .isEqualTo("Codebook version 2: renamed code 'statement' from 'Statement' to 'Declarative statement'.\n");
        assertThat(attune("codebook", "merge", project, "tentative-language", "mutual-language").out())
                .isEqualTo("Codebook version 3: merged code 'tentative-language' into 'mutual-language'.\n"
                        + "  1 coding moved from 'tentative-language' to 'mutual-language'\n");
        assertThat(attune("codebook", "split", project, "narrative", "reflexive-narrative", "--name", "Reflexive narrative").out())
                .isEqualTo("Codebook version 4: split code 'narrative': added 'reflexive-narrative'.\n"
                        + "  the 0 codings of 'narrative' stay with it; recode those that belong to 'reflexive-narrative'\n");
        Run refused = attune("codebook", "delete", project, "statement");
        assertThat(refused).isEqualTo(new Run(1, "", "attune: code 'statement' has 1 coding (zoe 1): merge it into another "
                + "code (attune codebook merge), or delete it with its codings with --force\n"));
        assertThat(attune("codebook", "delete", project, "statement", "--force").out())
                .isEqualTo("Codebook version 5: deleted code 'statement'.\n  deleted its 1 coding (zoe 1)\n");
        assertThat(attune("codebook", "history", project).out()).contains("      5  ", "deleted code 'statement'");

        for (String format : new String[] {"yaml", "qdc", "xlsx", "docx"}) {
            Path out = dir.resolve("codebook." + format);
            assertThat(attune("codebook", "export", project, "--out", out.toString()).status()).as(format).isZero();
            assertThat(Files.size(out)).as(format).isGreaterThan(1000);
        }
        // What went out comes back in: the exported codebook attached to a fresh project is the same codebook.
        String second = dir.resolve("q.attune").toString();
        attune("init", second);
        for (String format : new String[] {"yaml", "qdc", "xlsx"}) {
            Run again = attune("codebook", "use", second, dir.resolve("codebook." + format).toString());
            assertThat(again.status()).as(format).isZero();
            assertThat(withoutCounts(json(attune("codebook", "show", second, "--json").out()).get("groups")))
                    .as(format).isEqualTo(withoutCounts(json(attune("codebook", "show", project, "--json").out()).get("groups")));
        }
        assertThat(attune("codebook", "export", project, "--out", dir.resolve("x.pdf").toString()).err())
                .isEqualTo("attune: x.pdf: Attune writes codebooks as .yaml, .yml, .qdc, .xlsx, .docx\n");

        Path out = dir.resolve("out.csv");
        assertThat(attune("codings", "export", project, "--out", out.toString()).out()).isEqualTo("Wrote 2 codings to " + out + ".\n");
        assertThat(Files.readString(out)).isEqualTo("coder,transcript,turn,code,value,start,end,end_turn,memo,text\n"
                + "zoe,d01-s01,1,mutual-language,,,,,,Hello.\nzoe,d01-s01,2,experiencing-level,2,,,,,Hi there.\n");
    }
}
