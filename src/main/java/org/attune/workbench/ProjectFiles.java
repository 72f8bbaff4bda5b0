package org.attune.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A project file made by a use case that failed half way is not left behind, nor its SQLite companions. */
final class ProjectFiles {

    private ProjectFiles() {
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
