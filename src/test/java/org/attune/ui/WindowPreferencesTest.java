package org.attune.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.attune.model.AttuneException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window remembers, in a preferences node of the test's own, and which project it opens first. */
class WindowPreferencesTest {

    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("org/attune/test/" + System.nanoTime());
    private final WindowPreferences prefs = new WindowPreferences(node);

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void remembersThemeFontAndBounds() {
        assertThat(prefs.theme()).isEqualTo(Theme.LIGHT);
        assertThat(prefs.fontSize()).isZero();
        assertThat(prefs.bounds()).isEmpty();
        prefs.theme(Theme.DARK);
        prefs.fontSize(80);
        prefs.bounds(new Rectangle(10, 20, 1280, 720));
        WindowPreferences again = new WindowPreferences(node);
        assertThat(again.theme()).isEqualTo(Theme.DARK);
        assertThat(again.fontSize()).isEqualTo(WindowPreferences.MAX_FONT);
        assertThat(again.bounds()).contains(new Rectangle(10, 20, 1280, 720));
    }

    @Test
    void recentProjectsLatestFirstWithoutRepeatsAndBounded() {
        for (int i = 0; i < 10; i++) {
            prefs.opened(dir.resolve("p" + i + ".attune"));
        }
        prefs.opened(dir.resolve("p5.attune"));
        List<Path> recent = prefs.recentProjects();
        assertThat(recent).hasSize(WindowPreferences.MAX_RECENT);
        assertThat(recent.getFirst()).isEqualTo(dir.resolve("p5.attune").toAbsolutePath());
        assertThat(recent).doesNotHaveDuplicates().doesNotContain(dir.resolve("p0.attune").toAbsolutePath());
        prefs.coder(dir.resolve("p5.attune"), "anna");
        assertThat(prefs.coder(dir.resolve("p5.attune"))).contains("anna");
        assertThat(prefs.coder(dir.resolve("p4.attune"))).isEmpty();
    }

    @Test
    void opensTheNamedProjectElseTheLastThatExistsElseTheDemo() throws Exception {
        Path gone = dir.resolve("gone.attune");
        Path there = Files.createFile(dir.resolve("there.attune"));
        Path home = dir.resolve("home");
        assertThat(StartupProject.choose(null, List.of(gone, there), home)).isEqualTo(new StartupProject(there, false));
        assertThat(StartupProject.choose(null, List.of(gone), home))
                .isEqualTo(new StartupProject(home.resolve("Attune").resolve("attune-demo.attune"), true));
        assertThat(StartupProject.choose(dir.resolve("there").toString(), List.of(), home).path()).isEqualTo(there);
        assertThatThrownBy(() -> StartupProject.choose(gone.toString(), List.of(), home))
                .isInstanceOf(AttuneException.class).hasMessageContaining("no project").hasMessageContaining("attune init");
    }
}
