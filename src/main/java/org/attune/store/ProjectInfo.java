package org.attune.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The project_info table: facts about the project as a whole, by key. */
final class ProjectInfo {

    static final String CREATED_AT = "created_at";
    static final String CHANGES = "change_counter";
    /** A random value renewed by every change, by Attune or (through triggers) by another program. */
    static final String CHANGE_STAMP = "change_stamp";

    private ProjectInfo() {
    }

    static Optional<String> get(Connection c, String key) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT value FROM project_info WHERE key = ?")) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** The keys that start with a prefix, in order. */
    static java.util.List<String> keys(Connection c, String prefix) throws SQLException {
        java.util.List<String> keys = new java.util.ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT key FROM project_info WHERE substr(key, 1, ?) = ? ORDER BY key")) {
            s.setInt(1, prefix.length());
            s.setString(2, prefix);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
        }
        return keys;
    }

    static void set(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "INSERT INTO project_info (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            q.setString(1, key);
            q.setString(2, value);
            q.executeUpdate();
        }
    }

    static void remove(Connection c, String key) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("DELETE FROM project_info WHERE key = ?")) {
            q.setString(1, key);
            q.executeUpdate();
        }
    }

    static void renewStamp(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("INSERT INTO project_info (key, value) "
                + "VALUES (?, lower(hex(randomblob(16)))) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            q.setString(1, CHANGE_STAMP);
            q.executeUpdate();
        }
    }

    static void increment(Connection c, String key) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("INSERT INTO project_info (key, value) VALUES (?, '1') "
                + "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")) {
            q.setString(1, key);
            q.executeUpdate();
        }
    }
}
