package org.attune.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two baselines a user would otherwise have, asking the search benchmark's questions of the
 * same project file with sqlite-jdbc: a {@code LIKE} scan over the turns table, as QualCoder
 * searches, and SQLite FTS5 over the same text, in a database of its own beside the project (so
 * that the project stays as it was) that attaches the project to join its turns and codings.
 * Questions without text (codes, sequences) are plain SQL on the project file, with its indexes.
 *
 * <p>Every question answers as Attune's search does: how many turns match, and the first
 * {@value #LIMIT} in transcript order (dyad, session, transcript, turn); the facet question also
 * counts the matching turns by code, role, speaker, transcript and coder.
 */
final class SqlBaselines implements AutoCloseable {

    static final int LIMIT = 20;
    /** SQLite's page cache for each connection, as Attune's project connections have it (64 MB). */
    private static final String CACHE = "PRAGMA cache_size = -65536";
    private static final String ORDER = " ORDER BY tr.dyad, tr.session, tr.name, t.number";
    private static final String HIT_COLUMNS = "tr.name, t.number, count(*) OVER ()";
    static final String STEMMED_TABLE = "fts_stemmed";
    static final String EXACT_TABLE = "fts_exact";
    /** Porter stemming over unicode61, as Attune's English analyzer stems over its word breaking. */
    static final String STEMMED_TOKENIZER = "porter unicode61";
    /** unicode61 keeping apostrophes inside words ("don’t" one word), as Attune's exact field does. */
    static final String EXACT_TOKENIZER = "unicode61 tokenchars '''’'";

    /** What a question found: the total, the first hits as "transcript#turn", and the facets if asked. */
    record Answer(long total, List<String> first, Map<String, Map<String, Long>> facets) {
    }

    /** How the FTS5 database was built, and its size on disk once closed. */
    record FtsBuild(double stemmedSeconds, double exactSeconds, double optimizeSeconds, long bytes) {
        double seconds() {
            return stemmedSeconds + exactSeconds + optimizeSeconds;
        }

        FtsBuild withBytes(long size) {
            return new FtsBuild(stemmedSeconds, exactSeconds, optimizeSeconds, size);
        }
    }

    private final Connection project;
    private final Connection fts;

    private SqlBaselines(Connection project, Connection fts) {
        this.project = project;
        this.fts = fts;
    }

    /** Opens the project read-only for the LIKE and SQL questions, and the FTS5 database with the project attached. */
    static SqlBaselines open(Path projectFile, Path ftsFile) throws SQLException {
        Connection project = DriverManager.getConnection("jdbc:sqlite:file:" + projectFile.toAbsolutePath() + "?mode=ro");
        Connection fts = null;
        try {
            settings(project);
            fts = DriverManager.getConnection("jdbc:sqlite:" + ftsFile.toAbsolutePath());
            settings(fts);
            try (Statement s = fts.createStatement()) {
                s.execute("ATTACH DATABASE 'file:" + projectFile.toAbsolutePath().toString().replace("'", "''")
                        + "?mode=ro' AS p");
            }
            return new SqlBaselines(project, fts);
        } catch (SQLException e) {
            project.close();
            if (fts != null) {
                fts.close();
            }
            throw e;
        }
    }

    private static void settings(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(CACHE);
            s.execute("PRAGMA temp_store = MEMORY");
        }
    }

    /**
     * Builds the two FTS5 tables over every turn's text (contentless: the text stays in the project's
     * turns table, as Attune's index keeps its own copy): one stemmed for words, one unstemmed for
     * phrases and proximity, then merges each into one b-tree ({@code optimize}) for the fastest queries.
     */
    static FtsBuild buildFts(Path projectFile, Path ftsFile) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ftsFile.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute(CACHE);
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("ATTACH DATABASE 'file:" + projectFile.toAbsolutePath().toString().replace("'", "''") + "?mode=ro' AS p");
            double stemmed = fill(s, STEMMED_TABLE, STEMMED_TOKENIZER);
            double exact = fill(s, EXACT_TABLE, EXACT_TOKENIZER);
            long start = System.nanoTime();
            s.execute("INSERT INTO " + STEMMED_TABLE + "(" + STEMMED_TABLE + ") VALUES ('optimize')");
            s.execute("INSERT INTO " + EXACT_TABLE + "(" + EXACT_TABLE + ") VALUES ('optimize')");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            double optimize = (System.nanoTime() - start) / 1e9;
            s.execute("DETACH DATABASE p");
            return new FtsBuild(stemmed, exact, optimize, 0);
        }
    }

    static long sizeOnDisk(Path file) throws IOException {
        long bytes = 0;
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path part = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(part)) {
                bytes += Files.size(part);
            }
        }
        return bytes;
    }

    private static double fill(Statement s, String table, String tokenizer) throws SQLException {
        long start = System.nanoTime();
        s.execute("CREATE VIRTUAL TABLE " + table + " USING fts5(text, content = '', tokenize = \"" + tokenizer + "\")");
        s.execute("BEGIN");
        s.execute("INSERT INTO " + table + " (rowid, text) SELECT id, text FROM p.turns");
        s.execute("COMMIT");
        return (System.nanoTime() - start) / 1e9;
    }

    // ---- the questions

    /** The LIKE baseline's answer (plain SQL for questions without text). */
    Answer like(QueryMix.Variant v) throws SQLException {
        return switch (v.kind()) {
            case WORD, PHRASE, PROXIMITY -> hits(project, "SELECT " + HIT_COLUMNS + " FROM turns t JOIN transcripts tr "
                    + "ON tr.id = t.transcript_id WHERE " + likeClause(v) + ORDER + " LIMIT " + LIMIT, v.likePatterns());
            case FACETS -> facets(project, "", "SELECT t.id, t.transcript_id, t.number, t.speaker, t.role FROM turns t WHERE "
                    + likeClause(v), v.likePatterns());
            case CODE, SEQUENCE -> sql(v);
        };
    }

    /** The FTS5 baseline's answer; null for questions without text, which plain SQL answers. */
    Answer fts(QueryMix.Variant v) throws SQLException {
        String table = v.ftsStemmed() ? STEMMED_TABLE : EXACT_TABLE;
        return switch (v.kind()) {
            case WORD, PHRASE, PROXIMITY -> hits(fts, "SELECT " + HIT_COLUMNS + " FROM " + table + " JOIN p.turns t ON t.id = "
                    + table + ".rowid JOIN p.transcripts tr ON tr.id = t.transcript_id WHERE " + table + " MATCH ?" + ORDER
                    + " LIMIT " + LIMIT, List.of(v.ftsMatch()));
            case FACETS -> facets(fts, "p.", "SELECT t.id, t.transcript_id, t.number, t.speaker, t.role FROM " + table
                    + " JOIN p.turns t ON t.id = " + table + ".rowid WHERE " + table + " MATCH ?", List.of(v.ftsMatch()));
            case CODE, SEQUENCE -> null;
        };
    }

    /** Plain SQL for the questions without text. */
    Answer sql(QueryMix.Variant v) throws SQLException {
        String turnsOf;
        List<String> parameters;
        if (v.kind() == QueryMix.Kind.CODE) {
            boolean range = v.words().size() == 3;
            turnsOf = "SELECT DISTINCT transcript_id, start_turn FROM codings WHERE code_id = ?"
                    + (range ? " AND value BETWEEN ? AND ?" : "");
            parameters = v.words();
        } else if (v.kind() == QueryMix.Kind.SEQUENCE) {
            turnsOf = "SELECT DISTINCT a.transcript_id, a.start_turn FROM codings a JOIN codings b ON b.transcript_id = "
                    + "a.transcript_id AND b.start_turn = a.start_turn + 1 WHERE a.code_id = ? AND b.code_id = ?";
            parameters = v.words();
        } else {
            throw new IllegalArgumentException(v.kind() + " has text: ask like() or fts()");
        }
        return hits(project, "SELECT " + HIT_COLUMNS + " FROM (" + turnsOf + ") c JOIN turns t ON t.transcript_id = "
                + "c.transcript_id AND t.number = c.start_turn JOIN transcripts tr ON tr.id = t.transcript_id" + ORDER
                + " LIMIT " + LIMIT, parameters);
    }

    private static String likeClause(QueryMix.Variant v) {
        return String.join(" AND ", v.likePatterns().stream().map(p -> "t.text LIKE ?").toList());
    }

    private static Answer hits(Connection c, String sql, List<String> parameters) throws SQLException {
        List<String> first = new ArrayList<>(LIMIT);
        long total = 0;
        try (PreparedStatement q = c.prepareStatement(sql)) {
            bind(q, parameters);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    first.add(rs.getString(1) + "#" + rs.getInt(2));
                    total = rs.getLong(3);
                }
            }
        }
        return new Answer(total, first, Map.of());
    }

    /** The matching turns into a temporary table, then the total, the first hits and one GROUP BY a facet. */
    private static Answer facets(Connection c, String schema, String matching, List<String> parameters) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS temp.hits");
            try (PreparedStatement fill = c.prepareStatement("CREATE TEMP TABLE hits AS " + matching)) {
                bind(fill, parameters);
                fill.executeUpdate();
            }
            long total = single(s, "SELECT count(*) FROM temp.hits");
            List<String> first = new ArrayList<>(LIMIT);
            try (ResultSet rs = s.executeQuery("SELECT tr.name, h.number FROM temp.hits h JOIN " + schema + "transcripts tr "
                    + "ON tr.id = h.transcript_id ORDER BY tr.dyad, tr.session, tr.name, h.number LIMIT " + LIMIT)) {
                while (rs.next()) {
                    first.add(rs.getString(1) + "#" + rs.getInt(2));
                }
            }
            String codings = " FROM temp.hits h JOIN " + schema + "codings c ON c.transcript_id = h.transcript_id "
                    + "AND c.start_turn = h.number";
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            facets.put("code", counts(s, "SELECT c.code_id, count(DISTINCT h.id)" + codings + " GROUP BY c.code_id"));
            facets.put("role", counts(s, "SELECT role, count(*) FROM temp.hits GROUP BY role"));
            facets.put("speaker", counts(s, "SELECT speaker, count(*) FROM temp.hits GROUP BY speaker"));
            facets.put("transcript", counts(s, "SELECT tr.name, count(*) FROM temp.hits h JOIN " + schema + "transcripts tr "
                    + "ON tr.id = h.transcript_id GROUP BY tr.name"));
            facets.put("coder", counts(s, "SELECT k.name, count(DISTINCT h.id)" + codings + " JOIN " + schema + "coders k "
                    + "ON k.id = c.coder_id GROUP BY k.name"));
            s.execute("DROP TABLE temp.hits");
            return new Answer(total, first, facets);
        }
    }

    private static Map<String, Long> counts(Statement s, String sql) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void bind(PreparedStatement q, List<String> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            q.setString(i + 1, parameters.get(i));
        }
    }

    /** The project connection, for the tables' baselines and checks. */
    Connection project() {
        return project;
    }

    @Override
    public void close() throws SQLException {
        try {
            project.close();
        } finally {
            fts.close();
        }
    }
}
