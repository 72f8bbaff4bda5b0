package org.attune.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Every text cell of every table of a project file, as another program would read it: what a check
 * that nothing private leaves with the file has to look through, tables it does not know included.
 */
public final class TextCells {

    /** Told of each text cell that is not empty. */
    @FunctionalInterface
    public interface Visitor {
        void cell(String table, String column, String text);
    }

    private TextCells() {
    }

    static Void visit(Connection c, Visitor visitor) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        // SQLite types a value, not a column: a text may sit in any column, and a blob may hold text.
                        Object value = rs.getObject(i);
                        String text = value instanceof String str ? str
                                : value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : null;
                        if (text != null && !text.isEmpty()) {
                            visitor.cell(table, meta.getColumnName(i), text);
                        }
                    }
                }
            }
        }
        return null;
    }
}
