package org.attune.ui;

import java.awt.BorderLayout;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JWindow;
import javax.swing.SwingUtilities;
import org.attune.model.AttuneException;
import org.attune.workbench.DemoProject;
import org.attune.workbench.Progress;
import org.attune.workbench.Workbench;

/**
 * Starts the window: picks the project (the one named, the last one, or the demo on a first run),
 * opens it, and waits until the last window is closed. The command line's {@code attune gui} and
 * a bare {@code attune} come here.
 */
public final class AttuneWindow {

    private static final AtomicInteger OPEN = new AtomicInteger();
    private static final CountDownLatch ALL_CLOSED = new CountDownLatch(1);
    /** Projects being closed: the program ends only when each has saved what was done in it. */
    private static final java.util.List<ProjectSession> CLOSING = new java.util.concurrent.CopyOnWriteArrayList<>();

    private AttuneWindow() {
    }

    /** Whether there is a screen to show a window on. */
    public static boolean displayAvailable() {
        return !GraphicsEnvironment.isHeadless();
    }

    /**
     * Opens the window on a project (null: the last one, or the demo) and returns when the user
     * has closed every window.
     *
     * @throws AttuneException when the project is missing or in use, or there is no display
     */
    public static void run(String project, WindowPreferences prefs, Path home) throws InterruptedException {
        if (!displayAvailable()) {
            throw new AttuneException("there is no display to open the window on");
        }
        onEdt(() -> prefs.theme().apply(prefs.fontSize()));
        Workbench workbench;
        try {
            StartupProject start = StartupProject.choose(project, prefs.recentProjects(), home);
            workbench = start.demo() ? buildDemo(start.path()) : Workbench.open(start.path());
        } catch (AttuneException e) {
            // Started from a desktop there may be no terminal to read the message: say it in a window too.
            onEdt(() -> JOptionPane.showMessageDialog(null, e.getMessage(), "Attune cannot open the project",
                    JOptionPane.WARNING_MESSAGE));
            throw e;
        }
        show(workbench, prefs);
        ALL_CLOSED.await();
        for (ProjectSession s : CLOSING) {
            s.close();
        }
    }

    /** A project being closed by its window; {@link #run} waits for it before the program ends. */
    static void closing(ProjectSession session) {
        CLOSING.add(session);
    }

    /** Opens a window on an open workbench; the window closes the workbench when it closes. */
    static MainFrame show(Workbench workbench, WindowPreferences prefs) {
        prefs.opened(workbench.path());
        String coder = prefs.coder(workbench.path()).orElseGet(() -> workbench.coders().stream().map(c -> c.name())
                .findFirst().orElse(System.getProperty("user.name", "coder")));
        ProjectSession session = new ProjectSession(workbench, coder);
        AtomicReference<MainFrame> frame = new AtomicReference<>();
        onEdt(() -> {
            MainFrame f = new MainFrame(session, prefs);
            OPEN.incrementAndGet();
            f.addWindowListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowClosed(java.awt.event.WindowEvent e) {
                    if (OPEN.decrementAndGet() == 0) {
                        ALL_CLOSED.countDown();
                    }
                }
            });
            f.setVisible(true);
            f.start();
            frame.set(f);
        });
        return frame.get();
    }

    /** Builds the demo project with a small progress window: a first run's only wait. */
    private static Workbench buildDemo(Path path) {
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new AttuneException("cannot make " + path.getParent() + ": " + e.getMessage(), e);
        }
        JProgressBar bar = new JProgressBar();
        AtomicReference<JWindow> window = new AtomicReference<>();
        onEdt(() -> {
            JWindow w = new JWindow();
            JPanel panel = new JPanel(new BorderLayout(8, 8));
            panel.setBorder(BorderFactory.createEmptyBorder(16, 16, 16, 16));
            panel.add(new JLabel("Building the demo project in " + path.getParent() + " …"), BorderLayout.NORTH);
            bar.setStringPainted(true);
            panel.add(bar, BorderLayout.CENTER);
            w.setContentPane(panel);
            w.pack();
            w.setLocationRelativeTo(null);
            w.setVisible(true);
            window.set(w);
        });
        Progress progress = (done, total, item) -> SwingUtilities.invokeLater(() -> {
            bar.setMaximum(Math.max(1, total));
            bar.setValue(done);
            bar.setString(item);
        });
        try {
            return DemoProject.build(path, progress).workbench();
        } finally {
            SwingUtilities.invokeLater(() -> window.get().dispose());
        }
    }

    static void onEdt(Runnable work) {
        if (SwingUtilities.isEventDispatchThread()) {
            work.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AttuneException("interrupted while opening the window");
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
