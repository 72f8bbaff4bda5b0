package org.attune.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.attune.model.AttuneException;
import org.sqlite.SQLiteErrorCode;

/**
 * Checks that a file is an Attune project before it is opened for real: an SQLite database with
 * Attune's application id, of a schema version this Attune knows. It looks through a read-only
 * connection, which cannot change the file (SQLite would make an empty file a database), and never
 * through a descriptor of its own, whose closing would drop the process's SQLite locks on the file.
 */
final class ProjectHeader {

    /** "Attn": marks a SQLite file as an Attune project ({@code PRAGMA application_id}). */
    static final int APPLICATION_ID = 0x4174746E;

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
        if (!Files.isRegularFile(path)) {
            // A pipe or a device: SQLite would wait on it, or read it without end.
            throw new AttuneException(path + " is not a regular file (a pipe, a device or a socket), not an Attune project file");
        }
        try {
            if (Files.size(path) == 0) {
                throw notSqlite(name);
            }
        } catch (IOException e) {
            throw new AttuneException("cannot read " + path + ": " + e.getMessage(), e);
        }
        try (Connection c = ProjectStore.connect(path, true, false); Statement s = c.createStatement()) {
            int applicationId = single(s, "PRAGMA application_id");
            if (applicationId != APPLICATION_ID) {
                throw new AttuneException(name + " is an SQLite database but not an Attune project");
            }
            checkVersion(name, single(s, "PRAGMA user_version"));
        } catch (SQLException e) {
            if (SQLiteErrorCode.getErrorCode(e.getErrorCode()) == SQLiteErrorCode.SQLITE_NOTADB) {
                throw notSqlite(name);
            }
            throw new AttuneException("cannot open " + name + ": " + e.getMessage(), e);
        }
    }

    static void checkVersion(String name, int version) {
        if (version > SchemaMigrations.CURRENT) {
            throw new AttuneException(name + " was written by a newer Attune (project format " + version
                    + "; this Attune reads up to " + SchemaMigrations.CURRENT + "): update Attune to open it");
        }
    }

    private static AttuneException notSqlite(String name) {
        return new AttuneException(name + " is not an Attune project (it is not an SQLite database)");
    }

    private static int single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
