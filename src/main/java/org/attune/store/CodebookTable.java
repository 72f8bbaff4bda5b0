package org.attune.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.CodebookVersion;
import org.attune.model.ScaleLevel;

/** The SQL of the codebook's tables: its versions, and the current version's groups, codes and levels. */
final class CodebookTable {

    private CodebookTable() {
    }

    static int addVersion(Connection c, Codebook codebook, String definition, String change, Instant at) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO codebook_versions "
                + "(created_at, change, name, codebook_version, definition) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, at.toString());
            insert.setString(2, change);
            insert.setString(3, codebook.name());
            insert.setString(4, codebook.version());
            insert.setString(5, definition);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getInt(1);
            }
        }
    }

    static Optional<CodebookVersion> current(Connection c) throws SQLException {
        List<CodebookVersion> versions = versions(c, "ORDER BY version DESC LIMIT 1");
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getFirst());
    }

    static List<CodebookVersion> history(Connection c) throws SQLException {
        return versions(c, "ORDER BY version");
    }

    private static List<CodebookVersion> versions(Connection c, String order) throws SQLException {
        List<CodebookVersion> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version, created_at, change, name, "
                + "codebook_version, definition FROM codebook_versions " + order)) {
            while (rs.next()) {
                out.add(new CodebookVersion(rs.getInt(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)));
            }
        }
        return out;
    }

    /**
     * Makes the groups, codes and levels tables hold this codebook: rows updated in place, new ones
     * added, gone ones removed. Codings point at codes, so a code still coded cannot be removed:
     * the caller deals with its codings first.
     */
    static void sync(Connection c, Codebook codebook) throws SQLException {
        Set<String> groupIds = new HashSet<>();
        Set<String> codeIds = new HashSet<>();
        try (PreparedStatement group = c.prepareStatement("INSERT INTO code_groups (id, position, name, description, exclusive, "
                + "applies_to) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET position = excluded.position, "
                + "name = excluded.name, description = excluded.description, exclusive = excluded.exclusive, "
                + "applies_to = excluded.applies_to");
             PreparedStatement code = c.prepareStatement("INSERT INTO codes (id, group_id, position, name, description, "
                + "inclusion, exclusion, color, key, kind, measure) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET group_id = excluded.group_id, position = excluded.position, "
                + "name = excluded.name, description = excluded.description, inclusion = excluded.inclusion, "
                + "exclusion = excluded.exclusion, color = excluded.color, key = excluded.key, kind = excluded.kind, "
                + "measure = excluded.measure");
             PreparedStatement clearLevels = c.prepareStatement("DELETE FROM code_levels WHERE code_id = ?");
             PreparedStatement level = c.prepareStatement("INSERT INTO code_levels (code_id, value, label) VALUES (?, ?, ?)")) {
            int groupPosition = 0;
            int codePosition = 0;
            for (CodeGroup g : codebook.groups()) {
                groupIds.add(g.id());
                group.setString(1, g.id());
                group.setInt(2, ++groupPosition);
                group.setString(3, g.name());
                group.setString(4, g.description());
                group.setInt(5, g.exclusive() ? 1 : 0);
                group.setString(6, g.appliesTo().label());
                group.executeUpdate();
                for (Code k : g.codes()) {
                    codeIds.add(k.id());
                    code.setString(1, k.id());
                    code.setString(2, g.id());
                    code.setInt(3, ++codePosition);
                    code.setString(4, k.name());
                    code.setString(5, k.description());
                    code.setString(6, k.inclusion());
                    code.setString(7, k.exclusion());
                    code.setString(8, k.color());
                    code.setString(9, k.key());
                    code.setString(10, k.kind().label());
                    code.setString(11, k.measure() == null ? null : k.measure().label());
                    code.executeUpdate();
                    clearLevels.setString(1, k.id());
                    clearLevels.executeUpdate();
                    for (ScaleLevel l : k.levels()) {
                        level.setString(1, k.id());
                        level.setDouble(2, l.value().doubleValue());
                        level.setString(3, l.label());
                        level.executeUpdate();
                    }
                }
            }
        }
        deleteExcept(c, "codes", codeIds);
        deleteExcept(c, "code_groups", groupIds);
    }

    private static void deleteExcept(Connection c, String table, Set<String> keep) throws SQLException {
        List<String> gone = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM " + table)) {
            while (rs.next()) {
                if (!keep.contains(rs.getString(1))) {
                    gone.add(rs.getString(1));
                }
            }
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            for (String id : gone) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
        }
    }
}
