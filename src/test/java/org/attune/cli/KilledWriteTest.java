package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.CommandLineTest.attune;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.attune.exchange.CodingsTable;
import org.attune.exchange.QdpxReader;
import org.attune.workbench.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written whole or not at all: each writer runs as its own process and is killed with SIGKILL
 * at moments spread over its run. Afterwards its file is the earlier one, none, or a complete one
 * that reads back; nothing of it is left in the temporary folder.
 */
class KilledWriteTest {

    @TempDir
    Path dir;

    private record Writer(String name, Path out, String[] args, boolean overwrites) {
    }

    @Test
    void aKilledWriteLeavesTheOldFileNoneOrAWholeOne() throws Exception {
        String project = CommandLineTest.demo(dir);
        CommandLineTest.Run round = attune("round", "create", project, "r1", "--coders", "anna", "--transcripts",
                "d01-s01,d01-s02,d02-s01");
        assertThat(round.status()).as(round.err()).isZero();
        Path qdpx = dir.resolve("demo.qdpx");
        assertThat(attune("export", project, "--out", qdpx.toString()).status()).isZero();
        Path out = Files.createDirectories(dir.resolve("out"));
        List<Writer> writers = List.of(
                new Writer("export", out.resolve("x.qdpx"), new String[] {"export", project, "--out", out.resolve("x.qdpx").toString()}, true),
                new Writer("codings export", out.resolve("c.csv"),
                        new String[] {"codings", "export", project, "--out", out.resolve("c.csv").toString()}, true),
                new Writer("pack", out.resolve("anna.attune"),
                        new String[] {"pack", project, "--coder", "anna", "--out", out.resolve("anna.attune").toString()}, false),
                new Writer("import-project", out.resolve("new.attune"),
                        new String[] {"import-project", qdpx.toString(), "--out", out.resolve("new.attune").toString()}, false));
        List<String> failures = new ArrayList<>();
        int interrupted = 0;
        for (Writer w : writers) {
            for (long delay = 700; delay <= 2500; delay += 300) {
                Path tmp = Files.createDirectories(dir.resolve("tmp-" + w.name().replace(' ', '-') + "-" + delay));
                byte[] earlier = "an earlier file".getBytes();
                Files.deleteIfExists(w.out());
                if (w.overwrites()) {
                    Files.write(w.out(), earlier);
                }
                Process p = run(w.args(), tmp);
                boolean finished = p.waitFor(delay, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (!finished) {
                    p.destroyForcibly().waitFor();
                    interrupted++;
                }
                String what = w.name() + " killed after " + delay + " ms" + (finished ? " (it had finished)" : "");
                if (Files.exists(w.out()) && !(w.overwrites() && java.util.Arrays.equals(Files.readAllBytes(w.out()), earlier))) {
                    String problem = whole(w);
                    if (problem != null) {
                        failures.add(what + ": " + problem);
                    }
                }
                try (Stream<Path> left = Files.list(tmp)) {
                    List<Path> files = left.toList();
                    if (!files.isEmpty()) {
                        failures.add(what + ": left in the temporary folder " + files);
                    }
                }
                // A partial file beside it is hidden, and a later run clears nothing of it: only its name may remain.
                ProjectFilesLeft.clear(out, w.out());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(interrupted).as("runs killed before they finished").isGreaterThan(4);
    }

    /** Null when the file is complete and reads back; else what is wrong. */
    private static String whole(Writer w) {
        try {
            switch (w.name()) {
                case "export" -> QdpxReader.read(w.out());
                case "codings export" -> {
                    String text = Files.readString(w.out());
                    if (!text.endsWith("\n")) {
                        return "the CSV ends mid-line";
                    }
                    CodingsTable.readCsv("c.csv", text);
                }
                default -> {
                    try (Workbench opened = Workbench.openReadOnly(w.out())) {
                        if (opened.transcripts().isEmpty()) {
                            return "a project with no transcripts";
                        }
                    }
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return e.toString();
        }
    }

    private static Process run(String[] args, Path tmp) throws IOException {
        Files.createDirectories(tmp.resolveSibling("sqlite-native"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // SQLite's driver unpacks its native library to a folder of its own: what is left in the
                // temporary folder is then only what Attune wrote there.
                "-Djava.io.tmpdir=" + tmp, "-Dorg.sqlite.tmpdir=" + tmp.resolveSibling("sqlite-native"), "-cp", System.getProperty("java.class.path"), "org.attune.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Clears a writer's file and what a killed run may have left of it beside it, for the next run. */
    private static final class ProjectFilesLeft {
        static void clear(Path folder, Path out) throws IOException {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if (name.startsWith(out.getFileName().toString()) || name.startsWith("." + out.getFileName())) {
                        Files.delete(f);
                    }
                }
            }
        }
    }
}
