package org.attune.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Sees what each transaction changes, through TEMP triggers on this connection's tables that
 * note every written row's transcript (and, for codings, its turns) in a TEMP table: whatever
 * code path writes, and whether rows go by a statement or by a cascade, the note is taken. The
 * notes live and die with the transaction, so a rollback takes them back with the change.
 * Being TEMP, none of it is in the project file, and other programs' connections do not run it.
 */
final class ChangeRecorder {

    private static final String TABLE = "attune_changes";

    /** Kinds of note. */
    private static final String ADDED = "transcript+";
    private static final String REMOVED = "transcript-";
    private static final String CHANGED = "transcript~";
    private static final String CODER = "coder~";
    private static final String CODEBOOK = "codebook~";

    private static final List<String> SCHEMA = List.of(
            "CREATE TEMP TABLE " + TABLE + " (kind TEXT NOT NULL, transcript_id INTEGER, name TEXT, "
                    + "first_turn INTEGER, last_turn INTEGER)",
            "CREATE INDEX temp." + TABLE + "_by_transcript ON " + TABLE + " (transcript_id, kind)",
            trigger("transcripts_added", "INSERT ON main.transcripts", note(ADDED, "NEW.id", "NEW.name")),
            trigger("transcripts_removed", "DELETE ON main.transcripts", note(REMOVED, "OLD.id", "OLD.name")),
            trigger("transcripts_changed", "UPDATE ON main.transcripts", note(CHANGED, "NEW.id", "NULL")
                    + " INSERT INTO " + TABLE + " (kind, name) SELECT '" + REMOVED + "', OLD.name WHERE OLD.name IS NOT NEW.name;"),
            // Turns added to a transcript added in the same change need no note: the transcript has one.
            "CREATE TEMP TRIGGER attune_turns_added AFTER INSERT ON main.turns WHEN NOT EXISTS (SELECT 1 FROM " + TABLE
                    + " WHERE transcript_id = NEW.transcript_id AND kind = '" + ADDED + "') BEGIN "
                    + note(CHANGED, "NEW.transcript_id", "NULL") + " END",
            trigger("turns_changed", "UPDATE ON main.turns", note(CHANGED, "OLD.transcript_id", "NULL")
                    + note(CHANGED, "NEW.transcript_id", "NULL")),
            trigger("turns_removed", "DELETE ON main.turns", note(CHANGED, "OLD.transcript_id", "NULL")),
            trigger("codings_added", "INSERT ON main.codings", codings(ProjectChange.RowChange.INSERTED, "NEW")),
            trigger("codings_removed", "DELETE ON main.codings", codings(ProjectChange.RowChange.DELETED, "OLD")),
            trigger("codings_changed", "UPDATE ON main.codings", codings(ProjectChange.RowChange.UPDATED, "OLD")
                    + codings(ProjectChange.RowChange.UPDATED, "NEW")),
            trigger("coders_renamed", "UPDATE OF name ON main.coders", "INSERT INTO " + TABLE
                    + " (kind, transcript_id) SELECT DISTINCT '" + CODER + "', transcript_id FROM codings WHERE coder_id = NEW.id;"),
            trigger("codebook_versions_added", "INSERT ON main.codebook_versions", note(CODEBOOK, "NULL", "NULL")),
            trigger("codes_added", "INSERT ON main.codes", note(CODEBOOK, "NULL", "NULL")),
            trigger("codes_changed", "UPDATE ON main.codes", note(CODEBOOK, "NULL", "NULL")),
            trigger("codes_removed", "DELETE ON main.codes", note(CODEBOOK, "NULL", "NULL")),
            trigger("code_groups_added", "INSERT ON main.code_groups", note(CODEBOOK, "NULL", "NULL")),
            trigger("code_groups_changed", "UPDATE ON main.code_groups", note(CODEBOOK, "NULL", "NULL")),
            trigger("code_groups_removed", "DELETE ON main.code_groups", note(CODEBOOK, "NULL", "NULL")));

    private ChangeRecorder() {
    }

    /** Sets the triggers up on a connection that writes the project; they last as long as it. */
    static void install(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : SCHEMA) {
                s.execute(sql);
            }
        }
    }

    private static String trigger(String name, String event, String body) {
        return "CREATE TEMP TRIGGER attune_" + name + " AFTER " + event + " BEGIN " + body + " END";
    }

    private static String note(String kind, String transcriptId, String name) {
        return "INSERT INTO " + TABLE + " (kind, transcript_id, name) VALUES ('" + kind + "', " + transcriptId + ", " + name + ");";
    }

    private static String codings(ProjectChange.RowChange change, String row) {
        return "INSERT INTO " + TABLE + " (kind, transcript_id, first_turn, last_turn) VALUES ('" + change.name() + "', "
                + row + ".transcript_id, " + row + ".start_turn, " + row + ".end_turn);";
    }

    /**
     * What the transaction so far has changed, read inside it and then forgotten, so that the
     * next transaction starts with no notes.
     */
    static ProjectChange collect(Connection c, String before, String after) throws SQLException {
        Set<String> added = new LinkedHashSet<>();
        Set<String> removed = new LinkedHashSet<>();
        Set<String> changed = new LinkedHashSet<>();
        List<ProjectChange.CodingRows> codings = new ArrayList<>();
        boolean codebook = false;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT n.kind, n.name, t.name, "
                + "n.first_turn, n.last_turn FROM temp." + TABLE + " n LEFT JOIN main.transcripts t ON t.id = n.transcript_id")) {
            while (rs.next()) {
                String kind = rs.getString(1);
                String noted = rs.getString(2);
                // The transcript as it is now; null when it has gone since (its notes then go with it).
                String now = rs.getString(3);
                switch (kind) {
                    case ADDED -> {
                        if (now != null) {
                            added.add(now);
                        }
                    }
                    case REMOVED -> removed.add(noted);
                    case CHANGED, CODER -> {
                        if (now != null) {
                            changed.add(now);
                        }
                    }
                    case CODEBOOK -> codebook = true;
                    default -> {
                        if (now != null) {
                            codings.add(new ProjectChange.CodingRows(ProjectChange.RowChange.valueOf(kind), now,
                                    rs.getInt(4), rs.getInt(5)));
                        }
                    }
                }
            }
        }
        // A name removed and given again (a transcript deleted and another imported under it) holds other content now.
        for (String name : List.copyOf(removed)) {
            if (exists(c, name)) {
                removed.remove(name);
                added.remove(name);
                changed.add(name);
            }
        }
        changed.removeAll(added);
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM temp." + TABLE);
        }
        return new ProjectChange(before, after, added, removed, changed, codings, codebook);
    }

    private static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM main.transcripts WHERE name = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }
}
