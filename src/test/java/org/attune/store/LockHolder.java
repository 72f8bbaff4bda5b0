package org.attune.store;

import java.nio.file.Path;

/**
 * A second process for the lock tests: opens a project for writing, says so, and holds it until
 * its standard input closes or it is killed.
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (ProjectStore store = ProjectStore.open(Path.of(args[0]), ProjectStore.Access.READ_WRITE)) {
            System.out.println("open " + store.counts().transcripts());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the project until the test lets go
            }
        }
    }
}
