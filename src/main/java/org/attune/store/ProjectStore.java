package org.attune.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.attune.model.AttuneException;
import org.attune.model.CodebookVersion;
import org.attune.model.CoderSummary;
import org.attune.model.Coding;
import org.attune.model.SavedQuery;
import org.attune.model.Transcript;
import org.attune.model.TranscriptSummary;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteOpenMode;

/**
 * An open project file. Opened for writing, it holds the project's lock for as long as it is open,
 * and every change runs in one transaction that either commits whole or leaves the file as it was.
 * Opened read-only, it reads a consistent snapshot for each read (WAL), so a second process can
 * look at a project another one is working on; when no one else has the project, it takes the
 * lock for as long as it reads, so that closing can tidy up the WAL files.
 *
 * <p>Not thread-safe: one thread at a time.
 */
public final class ProjectStore implements AutoCloseable {

    /** How a project is opened. */
    public enum Access {
        READ_ONLY,
        READ_WRITE
    }

    /** The file name extension of projects. */
    public static final String EXTENSION = ".attune";

    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path path;
    private final Connection connection;
    private final ProjectLock lock;
    private final Access access;
    /** Whether the connection notes what each transaction changes ({@link ChangeRecorder}): only when it writes. */
    private boolean recording;
    private final List<java.util.function.Consumer<ProjectChange>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private boolean readOnlyFolder;

    private ProjectStore(Path path, Connection connection, ProjectLock lock, Access access) {
        this.path = path;
        this.connection = connection;
        this.lock = lock;
        this.access = access;
    }

    /**
     * Creates a new, empty project.
     *
     * @throws AttuneException when the file exists or cannot be written
     */
    public static ProjectStore create(Path path) {
        if (Files.exists(path)) {
            throw new AttuneException(path + " already exists: choose another name, or open it");
        }
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new AttuneException("cannot create " + path + ": " + e.getMessage(), e);
        }
        ProjectLock lock = ProjectLock.acquire(path);
        Connection connection = null;
        try {
            connection = connect(path, false, true);
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA application_id = " + ProjectHeader.APPLICATION_ID);
                s.execute("PRAGMA journal_mode = WAL");
            }
            ProjectStore store = new ProjectStore(path, connection, lock, Access.READ_WRITE);
            store.transaction(c -> {
                SchemaMigrations.migrate(c, 0);
                ProjectInfo.set(c, ProjectInfo.CREATED_AT, Instant.now().toString());
                return null;
            });
            store.record();
            return store;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            lock.close();
            deleteQuietly(path);
            throw e instanceof AttuneException ae ? ae
                    : new AttuneException("cannot create the project " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing project, upgrading its schema when it was written by an older Attune.
     *
     * @throws AttuneException when it is not a project, was written by a newer Attune, or (for
     *     writing) is in use by another process
     */
    public static ProjectStore open(Path path, Access access) {
        ProjectHeader.check(path);
        // A reader that can take the lock is the only Attune on the project, and opens the file as
        // a writer would, query-only: closing then folds the WAL back in and removes it. A reader
        // beside a writer opens it read-only and leaves the clean-up to the writer.
        // In a folder nothing may be written to (a read-only mount, a colleague's share), no lock file
        // can be made and SQLite cannot make its WAL index: the file is read as it is (immutable).
        boolean readOnlyFolder = access == Access.READ_ONLY && inReadOnlyFolder(path);
        ProjectLock lock = access == Access.READ_WRITE ? ProjectLock.acquire(path)
                : readOnlyFolder ? null : ProjectLock.tryAcquire(path).orElse(null);
        Connection connection = null;
        try {
            connection = connect(path, lock == null, false);
            ProjectStore store = new ProjectStore(path, connection, lock, access);
            store.readOnlyFolder = readOnlyFolder;
            int version = store.userVersion();
            ProjectHeader.checkVersion(path.getFileName().toString(), version);
            if (version < SchemaMigrations.CURRENT && readOnlyFolder) {
                throw new AttuneException(path.getFileName() + " was written by an earlier Attune (project format " + version
                        + ") and must be brought up to date before it is read, which needs a folder Attune can write to: "
                        + "copy it to one");
            }
            if (version < SchemaMigrations.CURRENT) {
                if (lock == null) {
                    ProjectLock.acquire(path); // cannot upgrade beside another Attune: throws, saying who has it
                }
                store.transactionAs(Access.READ_WRITE, c -> {
                    SchemaMigrations.migrate(c, version);
                    return null;
                });
            }
            if (access == Access.READ_ONLY && lock != null) {
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA query_only = ON");
                }
            }
            if (access == Access.READ_WRITE) {
                store.record();
            }
            return store;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (lock != null) {
                lock.close();
            }
            throw e instanceof AttuneException ae ? ae : failure(path, "open", e);
        }
    }

    private void record() throws SQLException {
        ChangeRecorder.install(connection);
        recording = true;
    }

    /**
     * Hears of every change this store commits, after the commit, with what it changed. The
     * listener runs on the thread that made the change, may read the store, and must not throw:
     * the change is saved by then.
     */
    public void onChange(java.util.function.Consumer<ProjectChange> listener) {
        listeners.add(listener);
    }

    public Path path() {
        return path;
    }

    public boolean readOnly() {
        return access == Access.READ_ONLY;
    }

    /** Whether the project lies in a folder that cannot be written to, so it is read as it is, unlocked. */
    public boolean inReadOnlyFolder() {
        return readOnlyFolder;
    }

    static boolean inReadOnlyFolder(Path path) {
        Path folder = path.toAbsolutePath().getParent();
        return folder != null && Files.isDirectory(folder) && !Files.isWritable(folder);
    }

    /** The schema version of the file, after any upgrade. */
    public int schemaVersion() {
        return read(c -> userVersion());
    }

    /** A counter that every committed change increases: whatever was derived at an older count is stale. */
    public long changeCount() {
        return read(c -> ProjectInfo.get(c, ProjectInfo.CHANGES).map(Long::parseLong).orElse(0L));
    }

    /**
     * The project's change stamp: a value that every change renews, whether Attune made it or
     * another program edited the transcripts or codings. Derived data made at another stamp is stale.
     */
    public String changeStamp() {
        return read(c -> ProjectInfo.get(c, ProjectInfo.CHANGE_STAMP).orElse(""));
    }

    public ProjectCounts counts() {
        return read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM transcripts), (SELECT count(*) FROM turns), "
                         + "(SELECT count(*) FROM coders), (SELECT count(*) FROM codings)")) {
                rs.next();
                return new ProjectCounts(rs.getInt(1), rs.getLong(2), rs.getInt(3), rs.getLong(4));
            }
        });
    }

    public List<TranscriptSummary> transcripts() {
        return read(TranscriptTable::list);
    }

    public Optional<TranscriptSummary> transcriptSummary(String name) {
        return read(c -> TranscriptTable.summary(c, name));
    }

    public Optional<Transcript> transcript(String name) {
        return read(c -> TranscriptTable.load(c, name));
    }

    /**
     * Turns {@code from} to {@code to} of a transcript, those of them it has (none when the
     * range lies outside it), read without the others.
     */
    public Optional<org.attune.model.TurnStretch> turns(String transcript, int from, int to) {
        return read(c -> TranscriptTable.stretch(c, transcript, from, to));
    }

    /** Every coder's codings that cover any of turns {@code from} to {@code to} of a transcript, read without the others. */
    public List<Coding> codingsOnTurns(String transcript, int from, int to) {
        return read(c -> CodingTable.onTurns(c, transcript, from, to));
    }

    /** The name of the transcript with this content hash, if the project has one. */
    public Optional<String> transcriptWithHash(String contentHash) {
        return read(c -> TranscriptTable.nameWithHash(c, contentHash));
    }

    /** The current version of the codebook, if the project has one. */
    public Optional<CodebookVersion> codebook() {
        return read(CodebookTable::current);
    }

    /** Every version of the codebook, oldest first. */
    public List<CodebookVersion> codebookHistory() {
        return read(CodebookTable::history);
    }

    public List<CoderSummary> coders() {
        return read(CodingTable::coders);
    }

    /** The coders' names, in order: cheaper than {@link #coders()}, which counts their codings. */
    public List<String> coderNames() {
        return read(CodingTable::coderNames);
    }

    /**
     * Visits every transcript with its turns' roles and the whole-turn facts of these coders'
     * codings, read in two scans of the project: what agreement needs. With {@code parallel},
     * a second connection reads the later half of the transcripts at the same time, and the
     * visitor is called from two threads at once (and must not use this store); otherwise in
     * the order of the transcripts' ids, on this thread.
     */
    public void visitCodings(java.util.Collection<String> coders, boolean parallel,
                             java.util.function.Consumer<TranscriptCodings> visitor) {
        if (!parallel) {
            read(c -> {
                AgreementReads.visit(c, coders, Long.MIN_VALUE, Long.MAX_VALUE, visitor);
                return null;
            });
            return;
        }
        long middle = read(AgreementReads::middle);
        java.util.concurrent.CompletableFuture<Void> later = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try (Connection second = connect(path, true, false)) {
                AgreementReads.visit(second, coders, middle, Long.MAX_VALUE, visitor);
            } catch (SQLException e) {
                throw failure(path, "read", e);
            }
        }, runnable -> Thread.ofPlatform().name("attune-read").start(runnable));
        try {
            read(c -> {
                AgreementReads.visit(c, coders, Long.MIN_VALUE, middle, visitor);
                return null;
            });
        } finally {
            try {
                later.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
    }

    /** A value kept with the project under a key of Attune's (such as where a coder's pack came from). */
    public Optional<String> info(String key) {
        return read(c -> ProjectInfo.get(c, key));
    }

    /** Every text cell of every table, in table order: for a check of what the file would give away. */
    public void visitTextCells(TextCells.Visitor visitor) {
        read(c -> TextCells.visit(c, visitor));
    }

    /** The keys of the project's information that start with a prefix. */
    public List<String> infoKeys(String prefix) {
        return read(c -> ProjectInfo.keys(c, prefix));
    }

    /** The project's coding rounds, oldest first. */
    public List<org.attune.model.Round> rounds() {
        return read(RoundTable::all);
    }

    /** The transcripts each coder has started (coded something in), as "coder" to names. */
    public java.util.Map<String, java.util.Set<String>> transcriptsStarted() {
        return read(c -> {
            java.util.Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
            try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SELECT DISTINCT k.name, t.name "
                    + "FROM codings c JOIN coders k ON k.id = c.coder_id JOIN transcripts t ON t.id = c.transcript_id")) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new java.util.TreeSet<>()).add(rs.getString(2));
                }
            }
            return out;
        });
    }

    /** The transcripts a coder has marked done, by name. */
    public java.util.Set<String> transcriptsDone(String coder) {
        return read(c -> {
            java.util.Set<String> out = new java.util.TreeSet<>();
            try (java.sql.PreparedStatement q = c.prepareStatement("SELECT t.name FROM transcripts_done d JOIN transcripts t "
                    + "ON t.id = d.transcript_id JOIN coders k ON k.id = d.coder_id WHERE k.name = ?")) {
                q.setString(1, coder);
                try (java.sql.ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** The coders a consensus coder settles, if it is one. */
    public Optional<List<String>> consensusOf(String consensusCoder) {
        return read(c -> ConsensusTable.settledCoders(c, consensusCoder));
    }

    /** A consensus coder's decisions, by transcript, turn and subject. */
    public List<ConsensusDecision> consensusDecisions(String consensusCoder) {
        return read(c -> ConsensusTable.decisions(c, consensusCoder));
    }

    public List<Coding> codings() {
        return read(CodingTable::all);
    }

    public List<Coding> codingsOfTranscript(String transcript) {
        return read(c -> CodingTable.ofTranscript(c, transcript));
    }

    public List<Coding> codingsOfCoder(String coder) {
        return read(c -> CodingTable.ofCoder(c, coder));
    }

    /** The transcripts with codings of any of these codes, or of any code when none is given. */
    public List<String> transcriptsCodedWith(Collection<String> codeIds) {
        return read(c -> CodingTable.transcriptsCodedWith(c, codeIds));
    }

    public List<SavedQuery> savedQueries() {
        return read(SavedQueryTable::all);
    }

    /** The saved query of this name, blind to case. */
    public Optional<SavedQuery> savedQuery(String name) {
        return read(c -> SavedQueryTable.named(c, name));
    }

    /** Saves a query under its name, replacing one of the same name; returns it as stored. */
    public SavedQuery saveQuery(SavedQuery query) {
        return transaction(c -> SavedQueryTable.put(c, query));
    }

    /** Deletes a saved query; says whether there was one. */
    public boolean deleteSavedQuery(String name) {
        return transaction(c -> SavedQueryTable.delete(c, name));
    }

    /** How many codings each code has. */
    public Map<String, Long> codingCountsByCode() {
        return read(CodingTable::countsByCode);
    }

    /** Changes the codebook and codings in one transaction: all of {@code work}, or nothing if it throws. */
    public <T> T edit(Function<ProjectEdit, T> work) {
        return transaction(c -> work.apply(new ProjectEdit(path, c)));
    }

    /** Adds transcripts in one transaction: all of them, or, on any failure, none. */
    public void addTranscripts(List<Transcript> transcripts) {
        writeTranscripts(writer -> {
            transcripts.forEach(writer::write);
            return null;
        });
    }

    /**
     * Writes transcripts, turn by turn as they are read, in one transaction: when {@code work}
     * returns, all it wrote is committed; when it throws, none of it is.
     */
    public <T> T writeTranscripts(Function<TranscriptWriter, T> work) {
        return transaction(c -> {
            TranscriptWriter writer = new TranscriptWriter(path, c);
            try {
                return work.apply(writer);
            } finally {
                writer.close();
            }
        });
    }

    /** Runs a change in one transaction and counts it; rolls it back entirely on any failure. */
    <T> T transaction(SqlWork<T> work) {
        return transactionAs(access, work);
    }

    private <T> T transactionAs(Access as, SqlWork<T> work) {
        if (as == Access.READ_ONLY) {
            throw new IllegalStateException("project " + path + " is open read-only");
        }
        T result;
        ProjectChange change = null;
        try {
            connection.setAutoCommit(false);
            try {
                String before = recording ? ProjectInfo.get(connection, ProjectInfo.CHANGE_STAMP).orElse("") : null;
                result = work.run(connection);
                ProjectInfo.increment(connection, ProjectInfo.CHANGES);
                ProjectInfo.renewStamp(connection);
                if (recording) {
                    change = ChangeRecorder.collect(connection, before,
                            ProjectInfo.get(connection, ProjectInfo.CHANGE_STAMP).orElseThrow());
                }
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                // SQLite has already rolled back after some failures (a full disk): the failure to
                // report is the first, not "no transaction is active" from rolling back again.
                try {
                    connection.rollback();
                } catch (SQLException again) {
                    e.addSuppressed(again);
                }
                throw e;
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException again) {
                    // The connection is beyond use; the failure that got here is the one to report.
                }
            }
        } catch (SQLException e) {
            throw failure(path, "save to", e);
        }
        if (change != null) {
            for (java.util.function.Consumer<ProjectChange> listener : listeners) {
                listener.accept(change);
            }
        }
        return result;
    }

    private <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(path, "read", e);
        }
    }

    private int userVersion() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
        if (lock != null) {
            lock.close();
        }
    }

    static Connection connect(Path path, boolean readOnly, boolean create) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setReadOnly(readOnly);
        if (!create) {
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        if (!readOnly) {
            config.setCacheSize(-65536);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        if (readOnly && inReadOnlyFolder(path)) {
            // Immutable: SQLite reads the file without the -shm and -wal files it could not create there.
            return config.createConnection("jdbc:sqlite:" + path.toAbsolutePath().toUri() + "?immutable=1");
        }
        return config.createConnection("jdbc:sqlite:" + path.toAbsolutePath());
    }

    /** A database failure in words the user can act on. */
    static AttuneException failure(Path path, String verb, Exception e) {
        String name = path.getFileName().toString();
        if (e instanceof SQLException sql) {
            SQLiteErrorCode code = SQLiteErrorCode.getErrorCode(sql.getErrorCode());
            String reason = switch (code) {
                case SQLITE_BUSY, SQLITE_LOCKED -> "it is busy: another program is writing to it; try again when it is done";
                case SQLITE_FULL -> "the disk is full";
                case SQLITE_READONLY -> "the file or its folder is read-only";
                case SQLITE_NOTADB -> "it is not an Attune project";
                case SQLITE_CORRUPT -> "the file is damaged; restore it from a backup";
                case SQLITE_CANTOPEN -> "the file cannot be opened";
                case SQLITE_IOERR -> "a disk error occurred";
                default -> null;
            };
            if (reason != null) {
                return new AttuneException("cannot " + verb + " " + name + ": " + reason, e);
            }
        }
        return new AttuneException("cannot " + verb + " " + name + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing is all that is left to do
            }
        }
    }

    private static void deleteQuietly(Path path) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal", "-lock"}) {
            try {
                Files.deleteIfExists(path.resolveSibling(path.getFileName() + suffix));
            } catch (IOException e) {
                // leave what cannot be removed
            }
        }
    }
}
