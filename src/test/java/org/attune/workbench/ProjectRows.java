package org.attune.workbench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/** A project file's rows as another program reads them, through a read-only connection of its own. */
final class ProjectRows {

    private ProjectRows() {
    }

    /** Every row of every table, sorted, as text: equal dumps mean nothing at all was written. */
    static Map<String, List<String>> everything(Path project) {
        return read(project, c -> {
            Map<String, List<String>> dump = new LinkedHashMap<>();
            for (String table : rows(c, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                dump.put(table, rows(c, "SELECT * FROM \"" + table + "\""));
            }
            return dump;
        });
    }

    /**
     * The codings (every column but the row id, with coder and transcript by name), the current
     * codebook's groups, codes and levels, and its definition: what an undo must put back as it was.
     */
    static Map<String, List<String>> codingsAndCodebook(Path project) {
        return read(project, c -> {
            Map<String, List<String>> dump = new LinkedHashMap<>();
            dump.put("codings", rows(c, "SELECT k.name, t.name, c.code_id, c.start_turn, c.start_offset, c.end_turn, c.end_offset, "
                    + "c.value, c.memo, c.created_at, c.updated_at FROM codings c JOIN coders k ON k.id = c.coder_id "
                    + "JOIN transcripts t ON t.id = c.transcript_id"));
            dump.put("code_groups", rows(c, "SELECT * FROM code_groups"));
            dump.put("codes", rows(c, "SELECT * FROM codes"));
            dump.put("code_levels", rows(c, "SELECT * FROM code_levels"));
            dump.put("definition", rows(c, "SELECT definition FROM codebook_versions ORDER BY version DESC LIMIT 1"));
            return dump;
        });
    }

    private interface Reading<T> {
        T read(Connection c) throws SQLException;
    }

    private static <T> T read(Path project, Reading<T> reading) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + project.toAbsolutePath())) {
            return reading.read(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + project + ": " + e.getMessage(), e);
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(i == 1 ? "" : "|").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }
}
