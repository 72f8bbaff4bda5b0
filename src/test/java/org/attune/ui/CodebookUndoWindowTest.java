package org.attune.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.prefs.Preferences;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.workbench.DemoProject;
import org.attune.workbench.Progress;
import org.attune.workbench.Workbench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl+Z in the real window on a merge of codes is the core's one undo of a codebook change: the
 * codebook and every coding, to their times, are as before in the project file.
 */
@WindowTests
class CodebookUndoWindowTest {

    @TempDir
    static Path dir;

    private static Path project;
    private static Preferences node;
    private static MainFrame frame;
    private static WindowDriver driver;

    @BeforeAll
    static void openTheDemo() throws Exception {
        WindowDriver.requireDisplay();
        project = dir.resolve("demo.attune");
        node = Preferences.userRoot().node("org/attune/test/undo-window-" + System.nanoTime());
        WindowPreferences prefs = new WindowPreferences(node);
        prefs.coder(project, "tess");
        Workbench workbench = DemoProject.build(project, Progress.NONE).workbench();
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

    private static Set<Coding> everyCoding() {
        try (Workbench reader = Workbench.openReadOnly(project)) {
            Set<Coding> all = new HashSet<>();
            reader.transcripts().forEach(t -> all.addAll(reader.codings(t.name())));
            return all;
        }
    }

    private static String status() {
        return WindowDriver.onEdt(() -> frame.statusBar().message());
    }

    @Test
    void ctrlZOnAMergePutsTheCodebookAndEveryCodingBack() {
        Set<Coding> before = everyCoding();
        String definition;
        try (Workbench reader = Workbench.openReadOnly(project)) {
            definition = reader.codebookHistory().getLast().definition();
        }
        ProjectSession session = frame.session();
        Code metaphor = session.codebook().orElseThrow().code("metaphor").orElseThrow();
        Outcome merged = new CodebookEditing(session, frame, outcome -> { }).mergeCode(metaphor, "mutual-language").join();
        assertThat(merged.refused()).as(merged.message()).isFalse();
        assertThat(everyCoding()).isNotEqualTo(before);

        WindowDriver.onEdt(() -> {
            frame.focusTranscript();
            return null;
        });
        driver.settle();
        driver.ctrl(KeyEvent.VK_Z);
        driver.waitFor(() -> status().startsWith("undone: merged"), "the merge undone");

        assertThat(everyCoding()).isEqualTo(before);
        try (Workbench reader = Workbench.openReadOnly(project)) {
            assertThat(reader.codebookHistory().getLast().change()).startsWith("undid version");
            assertThat(reader.codebookHistory().getLast().definition()).isEqualTo(definition);
        }
    }
}
