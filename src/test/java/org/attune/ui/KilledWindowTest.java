package org.attune.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attune.index.SearchRequest;
import org.attune.workbench.DemoProject;
import org.attune.workbench.Progress;
import org.attune.workbench.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing done in the window is lost when it is killed: Attune runs as its own process (as
 * 'attune gui PROJECT'), codes two turns by key, and is killed with SIGKILL; the project then
 * opens with both codings, on screen and in the search index.
 */
@WindowTests
class KilledWindowTest {

    @TempDir
    Path dir;

    @Test
    void codingsMadeBeforeAKillAreThereWhenTheProjectOpensAgain() throws Exception {
        Path project = dir.resolve("demo.attune");
        DemoProject.build(project, Progress.NONE).workbench().close();
        String node = "org/attune/test/killed-" + System.nanoTime();
        Process attune = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-D" + WindowPreferences.NODE_PROPERTY + "=" + node,
                "org.attune.cli.Main", "gui", project.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("attune.log").toFile()).start();
        try {
            Robot robot = new Robot();
            robot.setAutoDelay(40);
            waitUntilShown(robot, attune);
            robot.delay(3000);
            for (int key : new int[] {KeyEvent.VK_J, KeyEvent.VK_J, KeyEvent.VK_S, KeyEvent.VK_F}) {
                robot.keyPress(key);
                robot.keyRelease(key);
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!annasTurnThree(project).containsAll(List.of("statement", "feeling-language"))) {
                if (System.nanoTime() > until) {
                    fail("the keys did not code turn 3 in the running window; anna has " + annasTurnThree(project)
                            + "; its log: " + java.nio.file.Files.readString(dir.resolve("attune.log")));
                }
                robot.delay(200);
            }
        } finally {
            attune.destroyForcibly();
            attune.waitFor(10, TimeUnit.SECONDS);
            java.util.prefs.Preferences.userRoot().node(node).removeNode();
        }
        try (ProjectSession session = new ProjectSession(Workbench.open(project), "anna")) {
            session.perform(m -> m.open("d01-s01")).join();
            assertThat(session.mine(3)).extracting(c -> c.codeId()).contains("statement", "feeling-language");
            long found = session.call(w -> w.search(SearchRequest.of("transcript:d01-s01 AND turn:3 AND code:\"anna/feeling-language\"",
                    10), Progress.NONE).total()).join();
            assertThat(found).isEqualTo(1);
        }
    }

    private static List<String> annasTurnThree(Path project) {
        try (Workbench reader = Workbench.openReadOnly(project)) {
            return reader.codings("d01-s01").stream().filter(c -> c.coder().equals("anna") && c.span().startTurn() == 3)
                    .map(c -> c.codeId()).toList();
        }
    }

    /**
     * Waits until the other process's window is on the screen, which is black before it. (Probing
     * the project's lock instead would race the window's own opening of it.)
     */
    private static void waitUntilShown(Robot robot, Process attune) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            if (!attune.isAlive()) {
                fail("attune gui ended with " + attune.exitValue());
            }
            java.awt.Color c = robot.getPixelColor(640, 300);
            if (c.getRed() + c.getGreen() + c.getBlue() > 60) {
                return;
            }
            robot.delay(250);
        }
        fail("the window of attune gui did not show within a minute");
    }
}
