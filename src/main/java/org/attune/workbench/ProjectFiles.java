package org.attune.workbench;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.attune.model.AttuneException;
import org.attune.store.ProjectStore;

/**
 * New project files (a pack, a project made from a .qdpx) appear whole or not at all: each is built
 * beside its name under a hidden one and moved into place once complete and closed, so that a kill
 * or a full disk leaves no half project where the user looks, and a failed one leaves nothing.
 */
final class ProjectFiles {

    private ProjectFiles() {
    }

    /**
     * Builds a new project and moves it to {@code out}, which must not exist.
     *
     * @param build fills the new project; what it returns is returned
     */
    static <T> T createWhole(Path out, Function<ProjectStore, T> build) {
        Path target = out.toAbsolutePath();
        Path partial = target.resolveSibling("." + target.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
        T result;
        try {
            try (ProjectStore store = ProjectStore.create(partial)) {
                result = build.apply(store);
            }
            move(partial, target);
        } catch (IOException e) {
            throw new AttuneException("cannot write " + out + ": " + e.getMessage(), e);
        } finally {
            // The file itself is gone once moved; its lock file and anything left of a failure go too.
            deleteQuietly(partial);
        }
        return result;
    }

    private static void move(Path partial, Path target) throws IOException {
        if (Files.exists(target)) {
            throw new AttuneException(target + " appeared while it was being written: it is left as it is");
        }
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target);
        }
    }

    static void deleteQuietly(Path file) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal", "-lock")) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                // The error that made the work fail is the one to report.
            }
        }
    }
}
