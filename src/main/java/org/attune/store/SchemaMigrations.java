package org.attune.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * Brings a project file's schema up to {@link #CURRENT}, one migration at a time, each recorded in
 * {@code schema_migrations} and in SQLite's {@code user_version}.
 */
final class SchemaMigrations {

    static final List<Migration> ALL = List.of(
            new Migration(1, "initial"),
            new Migration(2, "codebook"),
            new Migration(3, "search"),
            new Migration(4, "consensus"),
            new Migration(5, "done"),
            new Migration(6, "rounds"),
            new Migration(7, "span-length"));

    static final int CURRENT = ALL.getLast().version();

    private SchemaMigrations() {
    }

    /** Applies what is missing, all in the caller's transaction. */
    static void migrate(Connection connection, int from) throws SQLException {
        migrateTo(connection, from, CURRENT);
    }

    /** Applies the migrations after {@code from} up to {@code to}. */
    static void migrateTo(Connection connection, int from, int to) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                    + "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            for (Migration migration : ALL) {
                if (migration.version() <= from || migration.version() > to) {
                    continue;
                }
                for (String sql : migration.statements()) {
                    statement.execute(sql);
                }
                try (PreparedStatement record = connection.prepareStatement(
                        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")) {
                    record.setInt(1, migration.version());
                    record.setString(2, migration.name());
                    record.setString(3, Instant.now().toString());
                    record.executeUpdate();
                }
                statement.execute("PRAGMA user_version = " + migration.version());
            }
        }
    }
}
