package org.attune.ui;

import static org.assertj.core.api.Assertions.fail;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.swing.KeyStroke;

/**
 * Drives a window the way a person does, for the window's tests: real key presses and clicks
 * through java.awt.Robot on the display, and waits that end when the window has done what they
 * asked (the X server's round trip, the event queue, and the project's owner thread).
 */
final class WindowDriver {

    final Robot robot;
    private final Supplier<MainFrame> frame;

    WindowDriver(Supplier<MainFrame> frame) throws java.awt.AWTException {
        this.frame = frame;
        this.robot = new Robot();
        robot.setAutoDelay(15);
    }

    void press(int key) {
        robot.keyPress(key);
        robot.keyRelease(key);
        settle();
    }

    void shift(int key) {
        robot.keyPress(KeyEvent.VK_SHIFT);
        press(key);
        robot.keyRelease(KeyEvent.VK_SHIFT);
        settle();
    }

    void ctrl(int key) {
        robot.keyPress(KeyEvent.VK_CONTROL);
        press(key);
        robot.keyRelease(KeyEvent.VK_CONTROL);
        settle();
    }

    /** Presses a key stroke with its modifiers, as a person holds them down and lets go. */
    void press(KeyStroke stroke) {
        int m = stroke.getModifiers();
        int[] modifiers = {(m & InputEvent.CTRL_DOWN_MASK) != 0 ? KeyEvent.VK_CONTROL : 0,
            (m & InputEvent.ALT_DOWN_MASK) != 0 ? KeyEvent.VK_ALT : 0,
            (m & InputEvent.SHIFT_DOWN_MASK) != 0 ? KeyEvent.VK_SHIFT : 0,
            (m & InputEvent.META_DOWN_MASK) != 0 ? KeyEvent.VK_META : 0};
        for (int k : modifiers) {
            if (k != 0) {
                robot.keyPress(k);
            }
        }
        robot.keyPress(stroke.getKeyCode());
        robot.keyRelease(stroke.getKeyCode());
        for (int i = modifiers.length - 1; i >= 0; i--) {
            if (modifiers[i] != 0) {
                robot.keyRelease(modifiers[i]);
            }
        }
        settle();
    }

    void type(String text) {
        for (char c : text.toCharArray()) {
            if (Character.isUpperCase(c)) {
                shift(KeyEvent.getExtendedKeyCodeForChar(c));
            } else {
                press(KeyEvent.getExtendedKeyCodeForChar(c));
            }
        }
    }

    void click(java.awt.Point onScreen) {
        robot.mouseMove(onScreen.x, onScreen.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        settle();
    }

    /**
     * Waits until the window has handled what the robot sent: the X server's round trip, the
     * event queue, the project's owner thread, then the event queue again for the outcomes. Not
     * the robot's waitForIdle, which, while anything animates (a progress bar, a completion popup),
     * waits out its own time limit of seconds at every key.
     */
    void settle() {
        java.awt.Toolkit.getDefaultToolkit().sync();
        robot.delay(40);
        onEdt(() -> null);
        MainFrame f = onEdt(frame);
        if (f != null && f.isDisplayable()) {
            f.session().awaitIdle();
        }
        robot.delay(10);
        onEdt(() -> null);
    }

    /** Fails at once without a display: the window's tests need one, and .ci/run starts Xvfb with openbox. */
    static void requireDisplay() {
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            fail("no display: the window's tests need one; .ci/run starts Xvfb (is it installed?)");
        }
    }

    /** Shows the window on a workbench as the tests see it: light theme, 1280x720, in front. */
    static MainFrame show(org.attune.workbench.Workbench workbench, WindowPreferences prefs) {
        AttuneWindow.onEdt(() -> Theme.LIGHT.apply(0));
        MainFrame frame = AttuneWindow.show(workbench, prefs);
        AttuneWindow.onEdt(() -> {
            frame.setBounds(0, 0, 1280, 720);
            frame.toFront();
        });
        return frame;
    }

    void waitFor(Supplier<Boolean> condition, String what) {
        // Generous for a shared CI machine (the slowest wait, the demo's first index, takes about 2 s
        // here), yet short enough that a run of failures stays inside CI's time.
        long until = System.nanoTime() + 45_000_000_000L;
        while (System.nanoTime() < until) {
            if (onEdt(condition)) {
                return;
            }
            robot.delay(100);
        }
        fail("waited 45 s for " + what + "; the status bar says: " + onEdt(() -> frame.get().statusBar().message()));
    }

    static <T> T onEdt(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AttuneWindow.onEdt(() -> result.set(work.get()));
        return result.get();
    }

    /** Saves a picture of the window (to target/screenshots, or where attune.screenshots says). */
    void screenshot(String name) {
        onEdt(() -> null);
        robot.delay(300);
        onEdt(() -> null);
        Rectangle bounds = onEdt(() -> frame.get().getBounds());
        BufferedImage image = robot.createScreenCapture(bounds);
        Path folder = Path.of(System.getProperty("attune.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(folder);
            ImageIO.write(image, "png", folder.resolve(name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
