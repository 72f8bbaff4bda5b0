package org.attune.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.model.Codebook;
import org.attune.model.Coding;

/**
 * Changes to a project's codebook and codings inside one transaction of
 * {@link ProjectStore#edit}: what the work does is committed together, or not at all. Reads here
 * see the changes made so far.
 */
public final class ProjectEdit {

    private final Path project;
    private final Connection connection;
    /** Row ids of coders and transcripts met in this edit: an import looks them up for every coding. */
    private final Map<String, Long> coderIds = new HashMap<>();
    private final Map<String, Long> transcriptIds = new HashMap<>();

    ProjectEdit(Path project, Connection connection) {
        this.project = project;
        this.connection = connection;
    }

    /** Makes a codebook the project's current one, as a new version; returns the version number. */
    public int saveCodebook(Codebook codebook, String definition, String change, Instant at) {
        return run(() -> {
            int version = CodebookTable.addVersion(connection, codebook, definition, change, at);
            CodebookTable.sync(connection, codebook);
            return version;
        });
    }

    /** Keeps a value with the project under a key of Attune's. */
    public void setInfo(String key, String value) {
        run(() -> {
            ProjectInfo.set(connection, key, value);
            return null;
        });
    }

    /** A value kept with the project under a key of Attune's, as this edit sees it. */
    public java.util.Optional<String> info(String key) {
        return run(() -> ProjectInfo.get(connection, key));
    }

    /** The keys of values kept with the project that start with a prefix, in order. */
    public List<String> infoKeys(String prefix) {
        return run(() -> ProjectInfo.keys(connection, prefix));
    }

    /** Forgets a value kept with the project; nothing when there is none. */
    public void removeInfo(String key) {
        run(() -> {
            ProjectInfo.remove(connection, key);
            return null;
        });
    }

    /** Adds a coding round; its coders are created if new. */
    public void addRound(org.attune.model.Round round) {
        run(() -> {
            long[] coders = new long[round.coders().size()];
            for (int i = 0; i < coders.length; i++) {
                coders[i] = coderId(round.coders().get(i), round.created());
            }
            RoundTable.add(connection, round, coders);
            return null;
        });
    }

    /** Marks a transcript done by a coder (created if new), or takes the mark back; says whether anything changed. */
    public boolean markDone(String coder, String transcript, boolean done, Instant at) {
        return run(() -> {
            if (done) {
                try (java.sql.PreparedStatement insert = connection.prepareStatement("INSERT INTO transcripts_done (coder_id, "
                        + "transcript_id, done_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                    insert.setLong(1, coderId(coder, at));
                    insert.setLong(2, transcriptId(transcript));
                    insert.setString(3, at.toString());
                    return insert.executeUpdate() > 0;
                }
            }
            try (java.sql.PreparedStatement delete = connection.prepareStatement("DELETE FROM transcripts_done WHERE coder_id = "
                    + "(SELECT id FROM coders WHERE name = ?) AND transcript_id = (SELECT id FROM transcripts WHERE name = ?)")) {
                delete.setString(1, coder);
                delete.setString(2, transcript);
                return delete.executeUpdate() > 0;
            }
        });
    }

    /** Makes a coder (created if new) the consensus coder of these coders. */
    public void registerConsensus(String consensusCoder, List<String> coders, Instant at) {
        run(() -> {
            ConsensusTable.register(connection, consensusCoder, coders, at);
            return null;
        });
    }

    /** Records a settled disagreement, replacing an earlier decision on the same unit. */
    public void recordDecision(String consensusCoder, ConsensusDecision decision) {
        run(() -> {
            ConsensusTable.record(connection, consensusCoder, decision);
            return null;
        });
    }

    /** Adds a coding, or updates the value and memo of the one the same coder has on the same span. */
    public void putCoding(Coding coding) {
        run(() -> {
            CodingTable.put(connection, coding, coderId(coding.coder(), coding.created()), transcriptId(coding.transcript()));
            return null;
        });
    }

    /** Removes a coding; says whether it was there. */
    public boolean removeCoding(Coding coding) {
        return run(() -> CodingTable.remove(connection, coding));
    }

    /** A coder's codings that cover a turn of a transcript. */
    public List<Coding> codingsOnTurn(String coder, String transcript, int turn) {
        return run(() -> CodingTable.onTurn(connection, coderId(coder, Instant.now()), transcriptId(transcript), turn));
    }

    public List<Coding> codingsOfCode(String codeId) {
        return run(() -> CodingTable.ofCode(connection, codeId));
    }

    public List<Coding> codings() {
        return run(() -> CodingTable.all(connection));
    }

    /**
     * Moves every coding of one code to another.
     *
     * @return how many moved, and how many were dropped because the coder had the other code on that span already
     */
    public int[] moveCodings(String fromCodeId, String toCodeId) {
        return run(() -> CodingTable.move(connection, fromCodeId, toCodeId));
    }

    /** Deletes every coding of a code; returns how many. */
    public int deleteCodingsOfCode(String codeId) {
        return run(() -> CodingTable.deleteOfCode(connection, codeId));
    }

    /** Creates a coder if the project has none of that name. */
    public void addCoder(String name, Instant at) {
        run(() -> coderId(name, at));
    }

    private long coderId(String name, Instant at) throws SQLException {
        Long id = coderIds.get(name);
        if (id == null) {
            id = CodingTable.coderId(connection, name, at);
            coderIds.put(name, id);
        }
        return id;
    }

    private long transcriptId(String name) throws SQLException {
        Long id = transcriptIds.get(name);
        if (id == null) {
            id = CodingTable.transcriptId(connection, name);
            transcriptIds.put(name, id);
        }
        return id;
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private <T> T run(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw ProjectStore.failure(project, "save to", e);
        }
    }
}
