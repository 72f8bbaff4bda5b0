package org.attune.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attune.analysis.CooccurrenceTable;
import org.attune.analysis.LagTable;

/**
 * The co-occurrence and lag-1 tables as SQL on the project file computes them (the natural
 * baseline: one GROUP BY over a self-join of the distinct coded turns), and the checks that
 * Attune's tables hold the same counts, cell by cell.
 */
final class TableBaselines {

    /** Each turn's distinct codes, every coder's together: the unit both tables count. */
    private static final String CODED_TURNS = "WITH tc AS MATERIALIZED (SELECT DISTINCT transcript_id, start_turn AS turn, "
            + "code_id FROM codings) ";

    static final String COOCCURRENCE_SQL = CODED_TURNS + "SELECT a.code_id, b.code_id, count(*) FROM tc a JOIN tc b "
            + "ON b.transcript_id = a.transcript_id AND b.turn = a.turn GROUP BY a.code_id, b.code_id";

    static final String LAG_SQL = CODED_TURNS + "SELECT a.code_id, b.code_id, count(*) FROM tc a "
            + "JOIN turns ta ON ta.transcript_id = a.transcript_id AND ta.number = a.turn AND ta.role = 'therapist' "
            + "JOIN tc b ON b.transcript_id = a.transcript_id AND b.turn = a.turn + 1 "
            + "JOIN turns tb ON tb.transcript_id = b.transcript_id AND tb.number = b.turn AND tb.role = 'client' "
            + "GROUP BY a.code_id, b.code_id";

    private TableBaselines() {
    }

    /** Pair counts, as "a|b" to count. */
    static Map<String, Long> pairs(Connection c, String sql) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1) + "|" + rs.getString(2), rs.getLong(3));
            }
        }
        return counts;
    }

    /** Checks that Attune's co-occurrence table holds the SQL counts and nothing more; throws if not. */
    static void requireSame(CooccurrenceTable attune, Map<String, Long> sql) {
        long attuneSum = 0;
        for (String a : attune.codes()) {
            for (String b : attune.codes()) {
                long count = attune.count(a, b);
                attuneSum += count;
                long expected = sql.getOrDefault(a + "|" + b, 0L);
                if (count != expected) {
                    throw new IllegalStateException("co-occurrence of " + a + " and " + b + ": Attune counts " + count
                            + ", SQL " + expected);
                }
            }
        }
        long sqlSum = sql.values().stream().mapToLong(Long::longValue).sum();
        if (attuneSum != sqlSum) {
            throw new IllegalStateException("co-occurrence: Attune's cells add up to " + attuneSum + ", SQL's to " + sqlSum
                    + " (a code missing from Attune's table?)");
        }
    }

    /** Checks that Attune's lag table holds the SQL counts and nothing more; throws if not. */
    static void requireSame(LagTable attune, Map<String, Long> sql) {
        for (Map.Entry<String, Long> cell : sql.entrySet()) {
            String[] pair = cell.getKey().split("\\|");
            long count = attune.count(pair[0], pair[1]);
            if (count != cell.getValue()) {
                throw new IllegalStateException("lag-1 " + pair[0] + " -> " + pair[1] + ": Attune counts " + count + ", SQL "
                        + cell.getValue());
            }
        }
        long sqlSum = sql.values().stream().mapToLong(Long::longValue).sum();
        if (attune.total() != sqlSum) {
            throw new IllegalStateException("lag-1: Attune's table has " + attune.total() + " transitions, SQL " + sqlSum);
        }
    }
}
