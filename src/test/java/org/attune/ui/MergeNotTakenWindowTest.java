package org.attune.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import org.attune.model.Span;
import org.attune.workbench.DemoProject;
import org.attune.workbench.Progress;
import org.attune.workbench.Workbench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's merge says how many of a pack's codings it did not take: an open round's pack holds the
 * other coders' codings, which never come in under the pack's coder.
 */
@WindowTests
class MergeNotTakenWindowTest {

    @TempDir
    static Path dir;

    private static Path project;
    private static Path pack;
    private static Preferences node;
    private static MainFrame frame;
    private static WindowDriver driver;

    @BeforeAll
    static void openTheDemoWithAPack() throws Exception {
        WindowDriver.requireDisplay();
        project = dir.resolve("demo.attune");
        pack = dir.resolve("dora.attune");
        node = Preferences.userRoot().node("org/attune/test/merge-window-" + System.nanoTime());
        WindowPreferences prefs = new WindowPreferences(node);
        prefs.coder(project, "tess");
        Workbench workbench = DemoProject.build(project, Progress.NONE).workbench();
        workbench.createRound("o", List.of("anna", "dora"), List.of(), List.of("d01"), false);
        workbench.pack("o", "dora", pack);
        try (Workbench coded = Workbench.open(pack)) {
            int length = coded.transcript("d01-s01").turn(2).codePoints();
            coded.applyCode("dora", "d01-s01", "narrative", Span.wholeTurn(2, length), null, null);
        }
        frame = WindowDriver.show(workbench, prefs);
        driver = new WindowDriver(() -> frame);
        driver.settle();
    }

    @AfterAll
    static void close() throws Exception {
        if (frame != null) {
            AttuneWindow.onEdt(frame::dispose);
        }
        if (node != null) {
            node.removeNode();
        }
    }

    private static String status() {
        return WindowDriver.onEdt(() -> frame.statusBar().message());
    }

    @Test
    void theStatusLineCountsTheCodingsNotTaken() throws Exception {
        long others;
        try (Workbench reader = Workbench.openReadOnly(pack)) {
            others = reader.transcripts().stream().flatMap(t -> reader.codings(t.name()).stream())
                    .filter(c -> !c.coder().equals("dora")).count();
        }
        assertThat(others).isPositive();
        Map<String, List<String>> before = ProjectFileDump.of(project);
        WindowDriver.onEdt(() -> frame.exchange().merge(List.of(pack)));
        driver.waitFor(() -> status().startsWith("merged "), "the merge");
        assertThat(status()).isEqualTo("merged dora: 1 added, 0 updated, 0 already there, " + others + " not taken");
        Map<String, List<String>> after = ProjectFileDump.of(project);
        assertThat(after.get("codings")).containsAll(before.get("codings")).hasSize(before.get("codings").size() + 1);
    }
}
