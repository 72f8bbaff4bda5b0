package org.attune.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.attune.model.Role;

/**
 * Reads every transcript's roles and some coders' codings in two ordered scans of the turns and
 * codings tables, merged transcript by transcript: one statement each for the whole project.
 */
final class AgreementReads {

    /** In the order of the CASE in the turns query. */
    private static final Role[] ROLES = {Role.THERAPIST, Role.CLIENT, Role.OTHER};


    private AgreementReads() {
    }

    /** Visits the transcripts whose ids are in {@code [from, to)}. */
    static void visit(Connection c, Collection<String> coders, long from, long to, Consumer<TranscriptCodings> visitor)
            throws SQLException {
        Map<Long, String> names = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name FROM transcripts")) {
            while (rs.next()) {
                names.put(rs.getLong(1), rs.getString(2));
            }
        }
        Map<Long, String> coderNames = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name FROM coders")) {
            while (rs.next()) {
                if (coders.contains(rs.getString(2))) {
                    coderNames.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        // Codes and roles come as small numbers, not text: a string made per row was a fifth of the read.
        Map<Long, String> codeIds = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT rowid, id FROM codes")) {
            while (rs.next()) {
                codeIds.put(rs.getLong(1), rs.getString(2));
            }
        }
        String in = coderNames.isEmpty() ? "NULL" : String.join(",", coderNames.keySet().stream().map(String::valueOf).toList());
        try (PreparedStatement turns = c.prepareStatement(
                "SELECT transcript_id, CASE role WHEN 'therapist' THEN 0 WHEN 'client' THEN 1 ELSE 2 END FROM turns "
                        + "WHERE transcript_id >= " + from + " AND transcript_id < " + to + " ORDER BY transcript_id, number");
             PreparedStatement codings = c.prepareStatement("SELECT c.transcript_id, c.coder_id, d.rowid, c.start_turn, "
                     + "c.end_turn, c.value FROM codings c JOIN codes d ON d.id = c.code_id WHERE c.coder_id IN (" + in + ") "
                     + "AND c.transcript_id >= " + from + " AND c.transcript_id < " + to + " ORDER BY c.transcript_id");
             ResultSet t = turns.executeQuery();
             ResultSet k = codings.executeQuery()) {
            boolean moreTurns = t.next();
            boolean moreCodings = k.next();
            while (moreTurns) {
                long transcript = t.getLong(1);
                List<Role> roles = new ArrayList<>();
                while (moreTurns && t.getLong(1) == transcript) {
                    roles.add(ROLES[t.getInt(2)]);
                    moreTurns = t.next();
                }
                Columns columns = new Columns();
                while (moreCodings && k.getLong(1) < transcript) {
                    moreCodings = k.next();
                }
                while (moreCodings && k.getLong(1) == transcript) {
                    double value = k.getDouble(6);
                    boolean flag = k.wasNull();
                    columns.add(coderNames.get(k.getLong(2)), codeIds.get(k.getLong(3)), k.getInt(4), k.getInt(5),
                            flag ? Double.NaN : value);
                    moreCodings = k.next();
                }
                visitor.accept(columns.of(names.get(transcript), roles));
            }
        }
    }

    /**
     * The transcript id that splits the turns in two halves, so that two readers share the work;
     * {@link Long#MAX_VALUE} when there is nothing to split.
     */
    static long middle(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT transcript_id FROM turns ORDER BY transcript_id "
                     + "LIMIT 1 OFFSET (SELECT count(*) / 2 FROM turns)")) {
            return rs.next() ? rs.getLong(1) : Long.MAX_VALUE;
        }
    }

    /** Growing columns of codings. */
    private static final class Columns {
        String[] coder = new String[16];
        String[] code = new String[16];
        int[] start = new int[16];
        int[] end = new int[16];
        double[] value = new double[16];
        int size;

        void add(String who, String what, int from, int to, double level) {
            if (size == coder.length) {
                int n = size * 2;
                coder = Arrays.copyOf(coder, n);
                code = Arrays.copyOf(code, n);
                start = Arrays.copyOf(start, n);
                end = Arrays.copyOf(end, n);
                value = Arrays.copyOf(value, n);
            }
            coder[size] = who;
            code[size] = what;
            start[size] = from;
            end[size] = to;
            value[size] = level;
            size++;
        }

        TranscriptCodings of(String transcript, List<Role> roles) {
            return new TranscriptCodings(transcript, List.copyOf(roles), Arrays.copyOf(coder, size), Arrays.copyOf(code, size),
                    Arrays.copyOf(start, size), Arrays.copyOf(end, size), Arrays.copyOf(value, size));
        }
    }
}
