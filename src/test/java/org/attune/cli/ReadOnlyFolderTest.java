package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project in a folder nothing may be written to opens for reading (info, show, search, agreement),
 * with a line saying so, and the folder is left exactly as it was.
 *
 * <p>Root may write anywhere, so under root the commands run as the user nobody (with setpriv), with a
 * copy of the class path that nobody can read; otherwise the folder is simply made read-only.
 */
class ReadOnlyFolderTest {

    @TempDir
    Path dir;

    @Test
    void aProjectInAReadOnlyFolderOpensForReading() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        String project = CommandLineTest.demo(shared);
        deleteTree(shared.resolve("demo.attune-index"));
        List<String> before = listing(shared);
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            for (String[] verb : List.of(new String[] {"info", project}, new String[] {"show", project, "d01-s01"},
                    new String[] {"search", project, "feel"}, new String[] {"agreement", project, "--coders", "anna,ben"})) {
                String[] result = run(verb);
                String what = String.join(" ", verb);
                assertThat(result[0]).as(what + ": " + result[2]).isEqualTo("0");
                assertThat(result[2]).as(what).contains("demo.attune is in a read-only folder: read as it is");
                assertThat(result[1]).as(what).isNotBlank();
            }
            String[] search = run(new String[] {"search", project, "feel"});
            assertThat(search[1]).contains("36 turns match feel");
            String[] write = run(new String[] {"codebook", "rename", project, "statement", "Declarative"});
            assertThat(write[0]).isEqualTo("1");
            assertThat(listing(shared)).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Exit status, stdout and stderr of the verb, run by a user who cannot write to the folder. */
    private String[] run(String[] verb) throws Exception {
        if (!System.getProperty("user.name").equals("root")) {
            CommandLineTest.Run run = CommandLineTest.attune(verb);
            return new String[] {String.valueOf(run.status()), run.out(), run.err()};
        }
        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.io.tmpdir=" + tmp(),
                "-Dorg.sqlite.tmpdir=" + tmp(), "-cp", classPath(), "org.attune.cli.Main"));
        command.addAll(List.of(verb));
        Process p = new ProcessBuilder(command).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String[] {String.valueOf(p.exitValue()), new String(out), new String(err)};
    }

    private Path tmp() throws IOException {
        Path tmp = dir.resolve("tmp");
        if (!Files.exists(tmp)) {
            Files.createDirectories(tmp);
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        return tmp;
    }

    private String copied;

    /** The test's class path, copied where the user nobody can read it. */
    private String classPath() throws IOException {
        if (copied == null) {
            Path folder = Files.createDirectories(dir.resolve("classpath"));
            List<String> entries = new ArrayList<>();
            int n = 0;
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path from = Path.of(entry);
                if (!Files.exists(from)) {
                    continue;
                }
                Path to = folder.resolve((n++) + "-" + from.getFileName());
                copyTree(from, to);
                entries.add(to.toString());
            }
            try (var all = Files.walk(folder)) {
                for (Path p : all.toList()) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
            copied = String.join(File.pathSeparator, entries);
        }
        return copied;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            Files.copy(from, to);
            return;
        }
        try (var all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.map(p -> folder.relativize(p) + " " + p.toFile().length()).sorted().toList();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var all = Files.walk(folder)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
