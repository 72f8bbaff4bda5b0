package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line as a user and a script see it: output, JSON, exit codes, error lines. */
class CommandLineTest {

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    static Run attune(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    /** Builds the demo project in a folder, as `attune demo` does; returns its path. */
    static String demo(java.nio.file.Path dir) {
        String project = dir.resolve("demo.attune").toString();
        Run run = attune("demo", project);
        org.assertj.core.api.Assertions.assertThat(run.status()).as(run.err()).isZero();
        return project;
    }

    private String project() {
        return dir.resolve("study.attune").toString();
    }

    @Test
    void initImportInfoTranscriptsShow() throws IOException {
        Path file = Files.writeString(dir.resolve("d04-s02.txt"),
                "[00:00:05] Dr Lee: How are you?\n[00:00:09.5] Sam: Fine, I suppose.\n[00:00:15] Dr Lee: You suppose.\n");
        assertThat(attune("init", dir.resolve("study").toString()))
                .isEqualTo(new Run(0, "Created " + project() + ". Next: attune import " + project() + " FILE...\n", ""));

        Run imported = attune("import", project(), file.toString(), "--client", "Sam", "--date", "2025-03-14");
        assertThat(imported.status()).isZero();
        assertThat(imported.out()).isEqualTo("Imported d04-s02 (3 turns, txt); therapist: Dr Lee; client: Sam\n1 transcript imported.\n");
        assertThat(imported.err()).isEmpty();

        JsonNode info = json(attune("info", project(), "--json").out());
        assertThat(info.get("transcripts").asInt()).isEqualTo(1);
        assertThat(info.get("turns").asInt()).isEqualTo(3);
        assertThat(info.get("coders").asInt()).isZero();
        assertThat(info.get("codings").asInt()).isZero();
        assertThat(info.get("schema_version").asInt()).isEqualTo(7);
        assertThat(info.get("codebook").isNull()).isTrue();

        JsonNode list = json(attune("transcripts", project(), "--json").out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("name").asString()).isEqualTo("d04-s02");
        assertThat(list.get(0).get("dyad").asString()).isEqualTo("d04");
        assertThat(list.get(0).get("session").asInt()).isEqualTo(2);
        assertThat(list.get(0).get("date").asString()).isEqualTo("2025-03-14");

        JsonNode shown = json(attune("show", project(), "d04-s02", "--json").out());
        assertThat(shown.get("name").asString()).isEqualTo("d04-s02");
        assertThat(shown.get("dyad").asString()).isEqualTo("d04");
        assertThat(shown.get("session").asInt()).isEqualTo(2);
        JsonNode turn2 = shown.get("turns").get(1);
        assertThat(turn2.propertyNames()).containsExactly("turn", "speaker", "role", "start_ms", "end_ms", "text");
        assertThat(turn2.get("turn").asInt()).isEqualTo(2);
        assertThat(turn2.get("speaker").asString()).isEqualTo("Sam");
        assertThat(turn2.get("role").asString()).isEqualTo("client");
        assertThat(turn2.get("start_ms").asLong()).isEqualTo(9_500);
        assertThat(turn2.get("end_ms").isNull()).isTrue();
        assertThat(turn2.get("text").asString()).isEqualTo("Fine, I suppose.");

        assertThat(attune("show", project(), "d04-s02").out()).isEqualTo("""
                d04-s02 · dyad d04 · session 2 · 2025-03-14 · 3 turns

                1  00:00:05  Dr Lee (therapist): How are you?
                2  00:00:09  Sam (client): Fine, I suppose.
                3  00:00:15  Dr Lee (therapist): You suppose.
                """);
        assertThat(attune("transcripts", project()).out()).isEqualTo("""
                NAME     DYAD  SESSION  DATE        TURNS  FORMAT  SOURCE
                d04-s02  d04         2  2025-03-14      3  txt     d04-s02.txt
                """);
    }

    @Test
    void userErrorsAreOneLineOnStderrWithExitOne() throws IOException {
        attune("init", project());
        Path bad = Files.writeString(dir.resolve("bad.srt"), "1\n00:00:01,000 --> 00:00:02,000\nT: Hi.\n\nx\n");
        Run run = attune("import", project(), bad.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("attune: bad.srt, line 5: expected a cue number, found 'x'\n");

        Run missing = attune("info", dir.resolve("nothing.attune").toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("attune: no project at " + dir.resolve("nothing.attune")
                + ": create one with 'attune init " + dir.resolve("nothing.attune") + "'\n");

        Run unknown = attune("show", project(), "d99");
        assertThat(unknown).isEqualTo(new Run(1, "", "attune: no transcript named 'd99' in study.attune; it has no transcripts yet\n"));
    }

    @Test
    void debugAddsTheStackTrace() {
        Run run = attune("info", dir.resolve("nothing.attune").toString(), "--debug");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("attune: no project at").contains("\tat org.attune.");
    }

    @Test
    void usageErrorsExitTwo() {
        Run noProject = attune("import");
        assertThat(noProject.status()).isEqualTo(2);
        assertThat(noProject.err()).startsWith("attune: Missing required parameters: 'PROJECT', 'FILE'")
                .contains("Try 'attune import --help' for more information.");
        assertThat(attune("frobnicate").status()).isEqualTo(2);
        assertThat(attune("import", project(), "a.txt", "--format", "pdf").err())
                .startsWith("attune: --format: unknown format 'pdf': expected auto, txt, docx, vtt, srt, csv");
        assertThat(attune("import", project(), "a.txt", "--date", "14/03/2025").err())
                .contains("'14/03/2025' is not a date: expected YYYY-MM-DD, as in 2025-03-14");
        assertThat(attune("import", project(), "a.txt", "--session", "0").status()).isEqualTo(2);
        assertThat(attune("import", project(), "a.txt", "b.txt", "--name", "x").err())
                .startsWith("attune: --name: a name is for one file, but 2 were given");
    }

    @Test
    void importReportsAsJsonAndSkipsDuplicates() throws IOException {
        attune("init", project());
        Path file = Files.writeString(dir.resolve("a.txt"), "Th: Hello.\nC: Hi.\nMum: Hello all.\n");
        attune("import", project(), file.toString());
        Run again = attune("import", project(), file.toString(), "--json");
        JsonNode report = json(again.out());
        assertThat(report.get("imported").asInt()).isZero();
        assertThat(report.get("skipped").asInt()).isEqualTo(1);
        assertThat(report.get("files").get(0).get("status").asString()).isEqualTo("skipped_duplicate");
        assertThat(report.get("files").get(0).get("transcript").asString()).isEqualTo("a");

        Run human = attune("import", project(), file.toString());
        assertThat(human.out()).isEqualTo("Skipped " + file + ": same content as transcript a\n0 transcripts imported, 1 skipped.\n");
    }

    @Test
    void warningsGoToStderr() throws IOException {
        attune("init", project());
        Path file = Files.writeString(dir.resolve("b.txt"), "Th: Hello.\nMum: Hello all.\n");
        Run run = attune("import", project(), file.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEqualTo("warning: b.txt: Mum is neither therapist nor client (stored as other); "
                + "name them as therapist or client\nhint: give speakers their roles with --therapist NAMES or --client NAMES\n");
    }

    @Test
    void theDemoBuildsAndSummarises() {
        Path demo = dir.resolve("demo.attune");
        Run run = attune("demo", demo.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Built the demo project " + demo + " from 6 sample sessions.")
                .contains("Transcripts  6", "d02-s03  d02         3")
                .contains("Next: attune show " + demo + " d01-s01\n")
                .contains("      attune sequences " + demo + " --from-role therapist --to-role client\n")
                .endsWith("      attune agreement " + demo + " --coders anna,ben --bootstrap 1000\n");
        Run again = attune("demo", demo.toString());
        assertThat(again.out()).startsWith("The demo project " + demo + " is up to date with the sample sessions.");
    }

    @Test
    void noArgumentsPrintsTheVerbs() {
        // These tests run headless: 'attune' alone would open the window on a desktop.
        Run run = attune();
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEqualTo("attune: there is no display to open the window on; here is what the command line does."
                + System.lineSeparator());
        assertThat(run.out()).contains("  gui ");
        for (String verb : List.of("init", "info", "import", "transcripts", "show", "demo")) {
            assertThat(run.out()).contains("  " + verb + " ");
        }
    }

    @Test
    void theWindowWithoutADisplayIsAUserError() {
        Run run = attune("gui", project());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("attune: there is no display to open the window on");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void readingCommandsWorkWhileAnotherAttuneWritesTheProject() throws IOException {
        attune("init", project());
        try (var writer = org.attune.workbench.Workbench.open(Path.of(project()))) {
            assertThat(attune("info", project()).status()).isZero();
            Run blocked = attune("import", project(), Files.writeString(dir.resolve("c.txt"), "T: x\n").toString());
            assertThat(blocked.status()).isEqualTo(1);
            assertThat(blocked.err()).startsWith("attune: study.attune is in use by another Attune (process ");
        }
    }
}
