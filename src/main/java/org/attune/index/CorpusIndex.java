package org.attune.index;

import static org.attune.index.CorpusFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.attune.model.AttuneException;

/**
 * The Lucene index of a project's corpus, one document per turn, in a folder beside the project
 * file. It records the project's change stamp at its last commit: an index at another stamp is
 * stale. Opening never fails on a damaged or missing index; it reports itself not current, and
 * {@link #rebuild} makes it whole.
 *
 * <p>Held for writing, it keeps its IndexWriter open and searches a near-real-time reader, so a
 * change is searchable as soon as {@link #update} returns. When another process holds the folder,
 * a rebuild goes to memory instead. Not thread-safe.
 */
public final class CorpusIndex implements AutoCloseable {

    /** Changed whenever the documents change shape: an index of another format is rebuilt. */
    static final String FORMAT = "2";
    private static final String STAMP_KEY = "attune.stamp";
    private static final String FORMAT_KEY = "attune.format";
    private static final String SUFFIX = "-index";

    private final Path location;
    private final boolean holdWriter;
    private final Analyzer analyzer = new CorpusAnalyzer();
    private final SegmentColumns.Cache columns = new SegmentColumns.Cache();
    private Directory directory;
    private boolean inMemory;
    private IndexWriter writer;
    private DirectoryReader reader;
    private CorpusSearch search;
    private ExecutorService searchThreads;
    private String stamp;
    private String damage;

    private CorpusIndex(Path location, Directory directory, boolean holdWriter) {
        this.location = location;
        this.directory = directory;
        this.holdWriter = holdWriter;
    }

    /** Where a project's index lives: {@code NAME.attune-index/} beside {@code NAME.attune}. */
    public static Path locationOf(Path project) {
        return project.resolveSibling(project.getFileName() + SUFFIX);
    }

    /**
     * Opens the index in {@code location}, whatever state it is in.
     *
     * @param holdWriter keep the folder's write lock and a writer open, to update it as the project changes
     */
    public static CorpusIndex open(Path location, boolean holdWriter) {
        try {
            Files.createDirectories(location);
            CorpusIndex index = new CorpusIndex(location, new UnsyncedDirectory(FSDirectory.open(location)), holdWriter);
            index.load();
            return index;
        } catch (IOException e) {
            // A folder that cannot be made (a read-only disk) still leaves search in memory.
            CorpusIndex index = new CorpusIndex(location, new ByteBuffersDirectory(), true);
            index.inMemory = true;
            index.damage = "cannot use " + location + ": " + e.getMessage();
            return index;
        }
    }

    public Path location() {
        return location;
    }

    /** Whether this index is a private copy in memory, as the folder was in use or unusable. */
    public boolean inMemory() {
        return inMemory;
    }

    /** Whether the index reflects the project at this change stamp. */
    public boolean isCurrent(String projectStamp) {
        return reader != null && damage == null && projectStamp.equals(stamp);
    }

    /** Why the index cannot be used as it is, or null when it can (current or merely stale). */
    public String damage() {
        return damage;
    }

    /** The project's change stamp the index reflects, or null when it reflects none. */
    public String stamp() {
        return stamp;
    }

    /** How many turns it holds. */
    public int size() {
        return reader == null ? 0 : reader.numDocs();
    }

    private void load() {
        try {
            if (DirectoryReader.indexExists(directory)) {
                DirectoryReader opened = DirectoryReader.open(directory);
                try {
                    for (LeafReaderContext leaf : opened.leaves()) {
                        leaf.reader().checkIntegrity();
                    }
                    Map<String, String> data = opened.getIndexCommit().getUserData();
                    if (!FORMAT.equals(data.get(FORMAT_KEY))) {
                        damage = "made by another version of Attune";
                        opened.close();
                    } else {
                        reader = opened;
                        stamp = data.get(STAMP_KEY);
                    }
                } catch (IOException | RuntimeException e) {
                    opened.close();
                    throw e;
                }
            }
        } catch (IOException | RuntimeException e) {
            damage = "damaged (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
            reader = null;
        }
        if (holdWriter) {
            writer = tryWriter();
        }
    }

    /** A writer on the folder, or null when another process holds it. A damaged index is cleared. */
    private IndexWriter tryWriter() {
        IndexWriterConfig.OpenMode mode = reader == null ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND;
        try {
            return new IndexWriter(directory, config(mode));
        } catch (LockObtainFailedException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            try {
                clearFolder();
                return new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
            } catch (LockObtainFailedException locked) {
                return null;
            } catch (IOException again) {
                throw new AttuneException("cannot write the search index in " + location + ": " + again.getMessage(), again);
            }
        }
    }

    private void clearFolder() throws IOException {
        for (String file : directory.listAll()) {
            if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                directory.deleteFile(file);
            }
        }
    }

    private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(mode);
        config.setCommitOnClose(false);
        config.setRAMBufferSizeMB(128);
        // Flushed segments are merged soon anyway: packing each into a compound file first is a copy for nothing.
        config.setUseCompoundFile(false);
        return config;
    }

    // ---- writing

    /**
     * Replaces the whole index with the given transcripts, indexing them on every core, and
     * records the change stamp. When the folder is in another process's hands, the index is
     * built in memory instead.
     *
     * @param total how many transcripts {@code transcripts} gives, for progress
     */
    public void rebuild(String projectStamp, int total, Iterable<IndexedTranscript> transcripts, BuildProgress progress) {
        IndexWriter building = writerForRebuild();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(threads * 2), new ThreadPoolExecutor.CallerRunsPolicy());
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try {
            building.deleteAll();
            for (IndexedTranscript transcript : transcripts) {
                if (failure.get() != null) {
                    break;
                }
                progress.update(done.get(), total, transcript.name());
                pool.execute(() -> {
                    try {
                        building.addDocuments(documents(transcript));
                        done.incrementAndGet();
                    } catch (IOException | RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
            // What is still buffered would be flushed by the commit, on one thread: flush it on all.
            for (int i = 0; i < threads; i++) {
                pool.execute(() -> {
                    try {
                        building.flushNextBuffer();
                    } catch (IOException | RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(1, TimeUnit.DAYS)) {
                throw new IllegalStateException("indexing did not finish");
            }
            if (failure.get() != null) {
                throw failure.get();
            }
            commit(building, projectStamp);
            progress.update(done.get(), total, "");
            if (!holdWriter && !inMemory) {
                building.close();
            } else {
                writer = building;
            }
            damage = null;
            refresh(building);
        } catch (Throwable e) {
            pool.shutdownNow();
            abandon(building);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw e instanceof AttuneException a ? a
                    : new AttuneException("cannot build the search index in " + location + ": " + e.getMessage(), e);
        }
    }

    private IndexWriter writerForRebuild() {
        if (writer != null) {
            return writer;
        }
        IndexWriter opened = inMemory ? null : tryWriter();
        if (opened == null) {
            // Another process holds the folder: it keeps it current; this one searches a copy.
            closeReader();
            directory = new ByteBuffersDirectory();
            inMemory = true;
            try {
                opened = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return opened;
    }

    /**
     * Brings the index from one change stamp to the next: rewrites the documents of the given
     * transcripts' turns whose content changed, and drops the removed transcripts. Does nothing
     * when the index was not current at {@code before}: it will be rebuilt when next used.
     *
     * @return how many documents were written or deleted, or -1 when the index was left stale
     */
    public int update(String before, String after, Collection<IndexedTranscript> changed, Collection<String> removed) {
        return update(before, after, changed, List.of(), removed);
    }

    /**
     * {@link #update(String, String, Collection, Collection)}, and also rewrites the documents of
     * some turns of other transcripts, from stretches of them: what a change of a few codings
     * needs, at a cost that does not grow with the transcript.
     */
    public int update(String before, String after, Collection<IndexedTranscript> changed, Collection<IndexedTurns> stretches,
                      Collection<String> removed) {
        if (!isCurrent(before) || writer == null) {
            return -1;
        }
        try {
            int written = 0;
            for (String name : removed) {
                written += existingSignatures(name).size();
                writer.deleteDocuments(new Term(TRANSCRIPT_ID, name));
            }
            for (IndexedTranscript transcript : changed) {
                written += rewrite(transcript);
            }
            for (IndexedTurns stretch : stretches) {
                TurnDocuments documents = new TurnDocuments(stretch);
                for (int turn = stretch.from(); turn <= stretch.to(); turn++) {
                    writer.updateDocument(new Term(ID, id(stretch.name(), turn)), documents.document(turn));
                    written++;
                }
            }
            commit(writer, after);
            refresh(writer);
            return written;
        } catch (IOException | RuntimeException e) {
            abandon(writer);
            damage = "an update failed: " + e.getMessage();
            return -1;
        }
    }

    private int rewrite(IndexedTranscript transcript) throws IOException {
        Map<Integer, Long> existing = existingSignatures(transcript.name());
        TurnDocuments documents = new TurnDocuments(transcript);
        int written = 0;
        for (int turn = 1; turn <= documents.size(); turn++) {
            Document doc = documents.document(turn);
            Long before = existing.remove(turn);
            if (before == null || before != TurnDocuments.signature(doc)) {
                writer.updateDocument(new Term(ID, id(transcript.name(), turn)), doc);
                written++;
            }
        }
        for (int gone : existing.keySet()) {
            writer.deleteDocuments(new Term(ID, id(transcript.name(), gone)));
            written++;
        }
        return written;
    }

    private Map<Integer, Long> existingSignatures(String transcript) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs docs = searcher.search(new TermQuery(new Term(TRANSCRIPT_ID, transcript)), Math.max(1, reader.maxDoc()));
        StoredFields stored = searcher.storedFields();
        Map<Integer, Long> signatures = new HashMap<>();
        for (ScoreDoc hit : docs.scoreDocs) {
            Document doc = stored.document(hit.doc, java.util.Set.of(STORED_TURN, STORED_SIGNATURE));
            signatures.put(doc.getField(STORED_TURN).numericValue().intValue(),
                    doc.getField(STORED_SIGNATURE).numericValue().longValue());
        }
        return signatures;
    }

    private static List<Document> documents(IndexedTranscript transcript) {
        TurnDocuments documents = new TurnDocuments(transcript);
        List<Document> all = new ArrayList<>(documents.size());
        for (int turn = 1; turn <= documents.size(); turn++) {
            all.add(documents.document(turn));
        }
        return all;
    }

    private void commit(IndexWriter w, String projectStamp) throws IOException {
        w.setLiveCommitData(Map.of(STAMP_KEY, projectStamp, FORMAT_KEY, FORMAT).entrySet());
        w.commit();
        stamp = projectStamp;
    }

    private void refresh(IndexWriter w) throws IOException {
        DirectoryReader fresh;
        if (w.isOpen()) {
            fresh = reader == null ? DirectoryReader.open(w) : DirectoryReader.openIfChanged(reader, w);
        } else {
            fresh = reader == null ? DirectoryReader.open(directory) : DirectoryReader.openIfChanged(reader);
        }
        if (fresh != null) {
            closeReader();
            reader = fresh;
        }
    }

    /** Drops a failed change: the writer goes, and the index counts as stale until rebuilt. */
    private void abandon(IndexWriter w) {
        try {
            w.rollback();
        } catch (IOException | RuntimeException ignored) {
            // already failing; the rebuild that follows starts afresh
        }
        if (w == writer) {
            writer = null;
        }
        stamp = null;
        if (holdWriter && !inMemory) {
            writer = tryWriter();
        } else if (inMemory) {
            try {
                writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ---- reading

    /**
     * Runs a search.
     *
     * @throws QuerySyntaxException when the query cannot be understood
     * @throws IllegalStateException when the index is not built
     */
    public SearchResult search(SearchRequest request, QueryVocabulary vocabulary) {
        return searcher().search(request, vocabulary);
    }

    /** Visits every turn in transcript order, with one coder's codes or, for a null coder, everyone's. */
    public void visitTurns(String coder, TurnVisitor visitor) {
        visitTurns(coder, Visibility.EVERYONE, visitor);
    }

    /** As {@link #visitTurns(String, TurnVisitor)}, with another coder's codes left out where {@code visible} keeps the viewer blind. */
    public void visitTurns(String coder, Visibility visible, TurnVisitor visitor) {
        try {
            new CorpusTurns(requireReader(), columns).visit(coder, visible, visitor);
        } catch (UncheckedIOException e) {
            throw new AttuneException("cannot read the search index in " + location + ": " + e.getCause().getMessage(), e);
        }
    }

    private CorpusSearch searcher() {
        DirectoryReader current = requireReader();
        if (search == null || search.reader() != current) {
            if (searchThreads == null) {
                searchThreads = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
                        Thread.ofPlatform().daemon().name("attune-search-", 1).factory());
            }
            search = new CorpusSearch(current, analyzer, searchThreads, columns);
        }
        return search;
    }

    private DirectoryReader requireReader() {
        if (reader == null || damage != null) {
            throw new IllegalStateException("the index is not built" + (damage == null ? "" : ": " + damage));
        }
        return reader;
    }

    private void closeReader() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // a reader that cannot close holds nothing we need
            }
            reader = null;
            search = null;
        }
    }

    @Override
    public void close() {
        closeReader();
        if (searchThreads != null) {
            searchThreads.shutdownNow();
        }
        try {
            if (writer != null) {
                writer.rollback(); // everything wanted was committed; drop nothing else
                writer = null;
            }
            directory.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
