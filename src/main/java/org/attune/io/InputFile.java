package org.attune.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * The bytes of a file a user gave as input. What is not a regular file is refused at once, before
 * it is opened: a folder, and above all a named pipe or a device ({@code /dev/zero}, a FIFO), which
 * a plain read would wait on forever or read without end. So is a file larger than its kind allows,
 * rather than filling the memory.
 */
public final class InputFile {

    /** The most a table (codings, ratings, decisions, names) may hold: far beyond any study's. */
    public static final long TABLE_LIMIT = 256L << 20;

    private InputFile() {
    }

    /**
     * @param limit the largest size this kind of file may have, in bytes
     * @throws UnreadableFileException saying, without the file's name, what is wrong with it
     */
    public static byte[] read(Path file, long limit) {
        check(file, limit);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableFileException("cannot be read: " + FailureReason.of(e));
        }
    }

    /**
     * Checks, without opening it, that a file is a regular file of at most {@code limit} bytes, for
     * readers that open it themselves (a ZIP, a project file).
     *
     * @throws UnreadableFileException saying, without the file's name, what is wrong with it
     */
    public static void check(Path file, long limit) {
        BasicFileAttributes attributes;
        try {
            // Following links: a link to a regular file is one.
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException("no such file");
        } catch (IOException e) {
            throw new UnreadableFileException("cannot be read: " + FailureReason.of(e));
        }
        if (attributes.isDirectory()) {
            throw new UnreadableFileException("a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new UnreadableFileException(Files.isSymbolicLink(file) && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    ? "a broken link" : "not a regular file (a pipe, a device or a socket): give a file");
        }
        if (attributes.size() > limit) {
            throw new UnreadableFileException("too large (" + size(attributes.size()) + "; at most " + size(limit)
                    + " for this kind of file): is it the right file?");
        }
    }

    static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return (bytes >> 20) + " MB";
        }
        return bytes + " bytes";
    }
}
