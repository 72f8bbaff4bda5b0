package org.attune.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.attune.model.AttuneException;

/**
 * Keeps a second Attune process from changing a project that one is working on. The lock is an
 * operating-system lock on {@code NAME.attune-lock}, so it goes away with a crashed process; the
 * file says who holds it, for the message the second process shows.
 */
final class ProjectLock implements AutoCloseable {

    private static final int ATTEMPTS = 5;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path project) {
        return project.resolveSibling(project.getFileName() + "-lock");
    }

    /**
     * Takes the lock of a project.
     *
     * @throws AttuneException when another process (or another window of this one) holds it
     */
    static ProjectLock acquire(Path project) {
        Path file = lockFileOf(project);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            FileChannel channel = null;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    String holder = holder(file);
                    channel.close();
                    throw new AttuneException(project.getFileName() + " is in use by another Attune"
                            + (holder.isEmpty() ? "" : " (" + holder + ")")
                            + ": close it there, or wait until it is done, then try again");
                }
                String token = UUID.randomUUID().toString();
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((describeThisProcess() + "\n" + token + "\n").getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(false);
                // A process that was closing may have deleted the file we opened: the lock then
                // guards nothing. Our token in the file at the path proves it is the live one.
                if (holdsPath(file, token)) {
                    return new ProjectLock(file, channel, lock);
                }
                lock.release();
                channel.close();
            } catch (IOException e) {
                closeQuietly(channel);
                throw new AttuneException("cannot lock " + project.getFileName() + " (" + file + "): " + e.getMessage(), e);
            }
        }
        throw new AttuneException("cannot lock " + project.getFileName() + ": its lock file " + file
                + " keeps changing; is another Attune opening and closing it?");
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very process, through another open project
        }
    }

    private static boolean holdsPath(Path file, String token) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).contains(token);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static String holder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static String describeThisProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "this computer";
        }
        return "process " + ProcessHandle.current().pid() + " on " + host + ", since "
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    @Override
    public void close() {
        try {
            // Delete while still holding the lock, so that no one can take it on a file about to vanish.
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Best effort: some systems refuse to delete an open file; a stale lock file is harmless.
        }
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel releases it as well.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing left to do
            }
        }
    }
}
