package org.attune.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every file Attune writes is written whole or not at all: beside its name, under a hidden one, and
 * moved over it when complete. A kill, a full disk or a failure half way leaves the earlier file of
 * the name as it was, or none, never a truncated one; and what is written never passes through the
 * temporary folder, where other users may read it and nobody cleans up after a kill.
 */
public final class AtomicFile {

    /** What writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes the file through a partial one beside it.
     *
     * @throws IOException when it cannot be written; the partial file is gone by then
     */
    public static void write(Path file, Content content) throws IOException {
        Path partial = beside(file, ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE))) {
                content.write(out);
            }
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** A hidden name beside the file, for work on its way to it: ".NAME.RANDOM" plus the suffix. */
    public static Path beside(Path file, String suffix) {
        Path absolute = file.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + suffix);
    }
}
