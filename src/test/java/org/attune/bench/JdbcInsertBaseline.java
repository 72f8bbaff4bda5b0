package org.attune.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The floor under storing turns: plain JDBC (sqlite-jdbc) inserting rows built beforehand into a
 * fresh SQLite file with Attune's schema, in one transaction, with the settings Attune uses
 * (WAL journal, synchronous FULL, foreign keys on): one transcripts row, then the turns in batches.
 */
final class JdbcInsertBaseline implements Trials.Run {

    private static final String SCHEMA = "/org/attune/store/migrations/001-initial.sql";
    private static final int BATCH = 2_000;

    /** A turns row, ready to insert. */
    record Row(int number, String speaker, String role, long startMs, long endMs, String text) {
    }

    private final Path database;
    private final List<Row> rows;
    private final Connection connection;

    private JdbcInsertBaseline(Path database, List<Row> rows, Connection connection) {
        this.database = database;
        this.rows = rows;
        this.connection = connection;
    }

    static List<Row> rows(List<GeneratedTurn> turns) {
        return turns.stream()
                .map(t -> new Row(t.number(), t.speaker(), t.role().label(), t.startMs(), t.endMs(), t.text()))
                .toList();
    }

    /** A fresh database with the schema, not yet holding any turn. */
    static JdbcInsertBaseline prepare(Path database, List<Row> rows) throws SQLException, IOException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA foreign_keys = ON");
            for (String statement : schemaStatements()) {
                s.execute(statement);
            }
        }
        return new JdbcInsertBaseline(database, rows, connection);
    }

    @Override
    public void run() throws SQLException {
        connection.setAutoCommit(false);
        long transcript;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO transcripts "
                + "(name, source_file, source_format, content_hash, imported_at) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "baseline");
            insert.setString(2, "baseline.txt");
            insert.setString(3, "txt");
            insert.setString(4, "baseline");
            insert.setString(5, "2025-01-01T00:00:00Z");
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                transcript = keys.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO turns "
                + "(transcript_id, number, speaker, role, start_ms, end_ms, text) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Row row : rows) {
                insert.setLong(1, transcript);
                insert.setInt(2, row.number());
                insert.setString(3, row.speaker());
                insert.setString(4, row.role());
                insert.setLong(5, row.startMs());
                insert.setLong(6, row.endMs());
                insert.setString(7, row.text());
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        connection.commit();
    }

    @Override
    public void check() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM turns")) {
            rs.next();
            if (rs.getInt(1) != rows.size()) {
                throw new IllegalStateException("the JDBC baseline stored " + rs.getInt(1) + " turns, not " + rows.size());
            }
        }
    }

    @Override
    public void cleanUp() throws SQLException, IOException {
        connection.close();
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(database.resolveSibling(database.getFileName() + suffix));
        }
    }

    /** Attune's first migration, statement by statement: the same tables as a project. */
    private static List<String> schemaStatements() throws IOException {
        try (InputStream in = JdbcInsertBaseline.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IOException("no " + SCHEMA + " on the class path");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.strip().startsWith("--"))
                    .collect(Collectors.joining("\n"));
            return Arrays.stream(sql.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
