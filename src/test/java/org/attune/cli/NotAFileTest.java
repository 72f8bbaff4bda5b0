package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.CommandLineTest.attune;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.attune.ui.ProjectFileDump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A named pipe, a device or a folder given where a file is expected is refused at once by every verb
 * that reads one, with a line naming it, and the project stays as it was. (Read as a file, a pipe
 * with no writer waits forever and /dev/zero never ends.)
 */
class NotAFileTest {

    @TempDir
    Path dir;

    /** Longer than any refusal takes, far shorter than a hang. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void everyVerbRefusesAPipeADeviceAndAFolderAtOnce() throws Exception {
        String project = CommandLineTest.demo(dir);
        Path fifo = dir.resolve("pipe.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        Path folder = Files.createDirectories(dir.resolve("folder.csv"));
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        var before = ProjectFileDump.of(Path.of(project));
        List<String> failures = new ArrayList<>();
        for (String input : List.of(fifo.toString(), "/dev/zero", folder.toString())) {
            List<String[]> verbs = List.of(
                    new String[] {"codings", "import", project, input},
                    new String[] {"codebook", "use", project, input},
                    new String[] {"codebook", "check", input},
                    new String[] {"agreement", "--ratings", input},
                    new String[] {"consensus", project, "--coders", "anna,ben", "--into", "agreed", "--decisions", input},
                    new String[] {"export", project, "--out", out.resolve("x.qdpx").toString(), "--pseudonymize", input},
                    new String[] {"import", project, input},
                    new String[] {"import-project", input, "--out", out.resolve("new.attune").toString()},
                    new String[] {"merge", project, input},
                    new String[] {"info", input});
            for (String[] verb : verbs) {
                CommandLineTest.Run run = within(verb);
                String what = String.join(" ", verb);
                if (run == null) {
                    failures.add(what + ": still running after " + PATIENCE.toSeconds() + " s");
                } else if (run.status() != 1 || !run.err().contains(Path.of(input).getFileName().toString()) || run.err().contains("Exception")
                        || run.err().strip().lines().count() > 3) {
                    failures.add(what + ": exit " + run.status() + ", " + run.err().strip());
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(ProjectFileDump.differences(before, ProjectFileDump.of(Path.of(project)))).isEmpty();
        try (var files = Files.list(out)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void theRefusalSaysWhatTheFileIs() throws IOException, InterruptedException {
        String project = CommandLineTest.demo(dir);
        Path fifo = dir.resolve("pipe.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThat(attune("codings", "import", project, fifo.toString()).err())
                .contains(fifo + ": not a regular file (a pipe, a device or a socket)");
        assertThat(attune("agreement", "--ratings", "/dev/zero").err()).contains("/dev/zero: not a regular file");
        assertThat(attune("codings", "import", project, dir.toString()).err()).contains(dir + ": a folder, not a file");
    }

    private static CommandLineTest.Run within(String[] verb) throws Exception {
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "verb");
            t.setDaemon(true); // a hung verb must not keep the test JVM alive
            return t;
        });
        try {
            Future<CommandLineTest.Run> run = runner.submit(() -> attune(verb));
            return run.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return null;
        } finally {
            runner.shutdownNow();
        }
    }
}
