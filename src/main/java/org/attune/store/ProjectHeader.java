package org.attune.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.attune.model.AttuneException;

/**
 * Checks that a file is an Attune project before SQLite opens it, from the database header: the
 * SQLite magic, Attune's application id, and the schema version. Opening a foreign file through
 * SQLite could change it (an empty file becomes a database); reading the header cannot.
 */
final class ProjectHeader {

    /** "Attn": marks a SQLite file as an Attune project ({@code PRAGMA application_id}). */
    static final int APPLICATION_ID = 0x4174746E;

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;
    private static final int USER_VERSION_OFFSET = 60;
    private static final int APPLICATION_ID_OFFSET = 68;

    private ProjectHeader() {
    }

    /**
     * Refuses a file that is not a project, or one written by a newer Attune.
     *
     * @throws AttuneException saying which
     */
    static void check(Path path) {
        String name = path.getFileName().toString();
        if (!Files.exists(path)) {
            throw new AttuneException("no project at " + path + ": create one with 'attune init " + path + "'");
        }
        if (Files.isDirectory(path)) {
            throw new AttuneException(path + " is a folder, not an Attune project file");
        }
        byte[] header = new byte[HEADER_SIZE];
        int read;
        try (InputStream in = Files.newInputStream(path)) {
            read = in.readNBytes(header, 0, HEADER_SIZE);
        } catch (IOException e) {
            throw new AttuneException("cannot read " + path + ": " + e.getMessage(), e);
        }
        if (read < HEADER_SIZE || !Arrays.equals(header, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length)) {
            throw new AttuneException(name + " is not an Attune project (it is not an SQLite database)");
        }
        ByteBuffer buffer = ByteBuffer.wrap(header);
        int applicationId = buffer.getInt(APPLICATION_ID_OFFSET);
        if (applicationId != APPLICATION_ID) {
            throw new AttuneException(name + " is an SQLite database but not an Attune project");
        }
        checkVersion(name, buffer.getInt(USER_VERSION_OFFSET));
    }

    static void checkVersion(String name, int version) {
        if (version > SchemaMigrations.CURRENT) {
            throw new AttuneException(name + " was written by a newer Attune (project format " + version
                    + "; this Attune reads up to " + SchemaMigrations.CURRENT + "): update Attune to open it");
        }
    }
}
