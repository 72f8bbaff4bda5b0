package org.attune.ui;

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

/**
 * Every row of every table of a project file, read through a connection of its own opened
 * read-only: what another program sees. Two dumps are equal when nothing at all was written,
 * not even a change stamp.
 */
public final class ProjectFileDump {

    private ProjectFileDump() {
    }

    /** Each table's rows in rowid order, as text. */
    public static Map<String, List<String>> of(Path project) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + project.toAbsolutePath())) {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, List<String>> dump = new LinkedHashMap<>();
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
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
                dump.put(table, rows);
            }
            return dump;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + project + ": " + e.getMessage(), e);
        }
    }

    /** The tables whose rows differ between two dumps, each with a sample of what differs. */
    public static List<String> differences(Map<String, List<String>> before, Map<String, List<String>> after) {
        List<String> out = new ArrayList<>();
        for (String table : after.keySet()) {
            List<String> a = before.getOrDefault(table, List.of());
            List<String> b = after.get(table);
            if (!a.equals(b)) {
                List<String> added = new ArrayList<>(b);
                added.removeAll(a);
                List<String> removed = new ArrayList<>(a);
                removed.removeAll(b);
                out.add(table + ": +" + added.stream().limit(3).toList() + " -" + removed.stream().limit(3).toList());
            }
        }
        return out;
    }
}
