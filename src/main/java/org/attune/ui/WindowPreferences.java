package org.attune.ui;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs: theme, font size, where the window was, the recent
 * projects and who was coding in each. Kept with java.util.prefs under a node that tests replace,
 * so that a test never reads or changes a user's settings.
 */
public final class WindowPreferences {

    /** The system property naming another node (a path under the user root), for tests of the whole program. */
    public static final String NODE_PROPERTY = "attune.ui.preferences";
    static final String DEFAULT_NODE = "org/attune/ui";
    static final int MAX_RECENT = 8;
    static final int MIN_FONT = 9;
    static final int MAX_FONT = 36;

    private final Preferences node;

    public WindowPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's preferences, or those of the node the system property names. */
    public static WindowPreferences user() {
        return new WindowPreferences(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, DEFAULT_NODE)));
    }

    public Theme theme() {
        return Theme.fromName(node.get("theme", Theme.LIGHT.name()));
    }

    public void theme(Theme theme) {
        node.put("theme", theme.name());
        flush();
    }

    /** The base font size in points; 0 means the look and feel's own. */
    public int fontSize() {
        return node.getInt("fontSize", 0);
    }

    public void fontSize(int points) {
        node.putInt("fontSize", points == 0 ? 0 : Math.clamp(points, MIN_FONT, MAX_FONT));
        flush();
    }

    public Optional<Rectangle> bounds() {
        int[] b = new int[4];
        String[] keys = {"x", "y", "width", "height"};
        for (int i = 0; i < 4; i++) {
            b[i] = node.getInt("bounds." + keys[i], Integer.MIN_VALUE);
            if (b[i] == Integer.MIN_VALUE) {
                return Optional.empty();
            }
        }
        return b[2] > 0 && b[3] > 0 ? Optional.of(new Rectangle(b[0], b[1], b[2], b[3])) : Optional.empty();
    }

    public void bounds(Rectangle bounds) {
        node.putInt("bounds.x", bounds.x);
        node.putInt("bounds.y", bounds.y);
        node.putInt("bounds.width", bounds.width);
        node.putInt("bounds.height", bounds.height);
        flush();
    }

    /** Where the divider between two panes was, by the pane's name; -1 when not remembered. */
    public int divider(String name) {
        return node.getInt("divider." + name, -1);
    }

    public void divider(String name, int location) {
        node.putInt("divider." + name, location);
        flush();
    }

    /** The recent projects, the latest first. */
    public List<Path> recentProjects() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = node.get("recent." + i, null);
            if (p != null) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    /** Puts a project first among the recent ones, dropping it from lower down and the oldest past the limit. */
    public void opened(Path project) {
        Path absolute = project.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>(recentProjects());
        recent.remove(absolute);
        recent.addFirst(absolute);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                node.put("recent." + i, recent.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
        flush();
    }

    /** Who last coded in a project, if anyone did here. */
    public Optional<String> coder(Path project) {
        return Optional.ofNullable(node.get("coder." + key(project), null));
    }

    public void coder(Path project, String coder) {
        node.put("coder." + key(project), coder);
        flush();
    }

    /** The transcript last open in a project, if any. */
    public Optional<String> lastTranscript(Path project) {
        return Optional.ofNullable(node.get("transcript." + key(project), null));
    }

    public void lastTranscript(Path project, String transcript) {
        node.put("transcript." + key(project), transcript);
        flush();
    }

    /** The turn the coder was on in a transcript of a project; 1 when not remembered. */
    public int place(Path project, String transcript) {
        return node.getInt("place." + key(project) + "." + Integer.toHexString(transcript.hashCode()), 1);
    }

    public void place(Path project, String transcript, int turn) {
        node.putInt("place." + key(project) + "." + Integer.toHexString(transcript.hashCode()), turn);
        flush();
    }

    /** Preferences keys are at most 80 characters: a project is known by a hash of its path. */
    private static String key(Path project) {
        return Integer.toHexString(project.toAbsolutePath().normalize().toString().hashCode());
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences that cannot be written cost the user a remembered layout, never their work.
        }
    }
}
