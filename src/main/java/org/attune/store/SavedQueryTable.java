package org.attune.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attune.model.SavedQuery;

/** The saved_queries table: searches kept under a name. */
final class SavedQueryTable {

    private static final String SELECT = "SELECT name, query, coder, created_at, updated_at FROM saved_queries";

    private SavedQueryTable() {
    }

    static List<SavedQuery> all(Connection c) throws SQLException {
        return query(c, SELECT + " ORDER BY name COLLATE NOCASE");
    }

    static Optional<SavedQuery> named(Connection c, String name) throws SQLException {
        return query(c, SELECT + " WHERE name = ? COLLATE NOCASE", name.strip()).stream().findFirst();
    }

    /** Saves a query, replacing the one of the same name (blind to case) but keeping when it was first made. */
    static SavedQuery put(Connection c, SavedQuery saved) throws SQLException {
        Optional<SavedQuery> before = named(c, saved.name());
        SavedQuery stored = new SavedQuery(saved.name(), saved.query(), saved.coder(),
                before.map(SavedQuery::created).orElse(saved.created()), saved.updated());
        if (before.isPresent()) {
            delete(c, before.get().name());
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO saved_queries "
                + "(name, query, coder, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, stored.name());
            insert.setString(2, stored.query());
            insert.setString(3, stored.coder());
            insert.setString(4, stored.created().toString());
            insert.setString(5, stored.updated().toString());
            insert.executeUpdate();
        }
        return stored;
    }

    static boolean delete(Connection c, String name) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM saved_queries WHERE name = ? COLLATE NOCASE")) {
            delete.setString(1, name.strip());
            return delete.executeUpdate() > 0;
        }
    }

    private static List<SavedQuery> query(Connection c, String sql, String... parameters) throws SQLException {
        List<SavedQuery> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(new SavedQuery(rs.getString(1), rs.getString(2), rs.getString(3),
                            Instant.parse(rs.getString(4)), Instant.parse(rs.getString(5))));
                }
            }
        }
        return out;
    }
}
