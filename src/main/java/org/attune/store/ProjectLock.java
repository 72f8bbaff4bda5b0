package org.attune.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.attune.model.AttuneException;

/**
 * Keeps a second Attune from changing a project that one is working on. The lock is an
 * operating-system lock on {@code NAME.attune-lock}, so it goes away with a crashed process; the
 * file says who holds it, for the message the second one shows.
 *
 * <p>Two rules of POSIX locks shape this class. Closing any descriptor of a file drops all of the
 * process's locks on it, so this process never opens the lock file again while it holds the
 * lock: locks it holds are known from {@link #HELD}. And the lock file is never deleted, since a
 * process could lock a file that another is about to delete while a third creates a new one.
 */
final class ProjectLock implements AutoCloseable {

    /** Lock files this process holds, with who holds them. */
    private static final Map<Path, String> HELD = new ConcurrentHashMap<>();
    /** Who held the lock at the last attempt that failed: the holder line of its lock file. */
    private static String lastHolder = "";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path project) {
        return project.toAbsolutePath().normalize().resolveSibling(project.getFileName() + "-lock");
    }

    /**
     * Takes the lock of a project.
     *
     * @throws AttuneException when another process, or another part of this one, holds it
     */
    static ProjectLock acquire(Path project) {
        Path file = lockFileOf(project);
        return attempt(project).orElseThrow(() -> inUse(project, holderOf(file)));
    }

    /** Takes the lock of a project if no one holds it. */
    static Optional<ProjectLock> tryAcquire(Path project) {
        return attempt(project);
    }

    private static synchronized Optional<ProjectLock> attempt(Path project) {
        Path file = lockFileOf(project);
        if (HELD.containsKey(file)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                lastHolder = holder(channel);
                channel.close();
                return Optional.empty();
            }
            String me = describeThisProcess();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((me + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            HELD.put(file, me);
            return Optional.of(new ProjectLock(file, channel, lock));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new AttuneException("cannot lock " + project.getFileName() + " (" + file + "): " + e.getMessage(), e);
        }
    }

    /** Who holds a lock this process could not take: read from the file by the last failed attempt, or known here. */
    private static synchronized String holderOf(Path file) {
        String here = HELD.get(file);
        return here != null ? here : lastHolder;
    }

    private static AttuneException inUse(Path project, String holder) {
        return new AttuneException(project.getFileName() + " is in use by another Attune"
                + (holder.isBlank() ? "" : " (" + holder + ")")
                + ": close it there, or wait until it is done, then try again");
    }

    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(512);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
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
        synchronized (ProjectLock.class) {
            try {
                channel.truncate(0);
            } catch (IOException e) {
                // the holder line stays; it is only read while someone holds the lock
            }
            try {
                lock.release();
            } catch (IOException e) {
                // closing the channel releases it as well
            }
            closeQuietly(channel);
            HELD.remove(file);
        }
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
