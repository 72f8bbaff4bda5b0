package org.attune.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.attune.index.CorpusIndex;
import org.attune.index.IndexedTranscript;
import org.attune.model.Transcript;
import org.attune.model.TranscriptSummary;
import org.attune.store.ProjectStore;

/**
 * Keeps a project's corpus index in step with the project file: opens it when first needed,
 * rebuilds it when it is missing, stale or damaged, and carries every change the workbench makes
 * into it in the same action, one changed turn's document at a time.
 */
final class SearchIndex implements AutoCloseable {

    private final ProjectStore store;
    private final Path location;
    private CorpusIndex index;

    SearchIndex(ProjectStore store) {
        this.store = store;
        this.location = CorpusIndex.locationOf(store.path());
    }

    /** The index, current with the project: built or rebuilt first when it is not. */
    CorpusIndex current(Progress progress) {
        String stamp = store.changeStamp();
        CorpusIndex opened = open();
        if (!opened.isCurrent(stamp)) {
            rebuild(stamp, progress);
        }
        return opened;
    }

    /** Whether the index reflects the project as it is now. */
    boolean isCurrent() {
        return open().isCurrent(store.changeStamp());
    }

    /** Rebuilds the index from the project file, whatever state it is in. */
    CorpusIndex rebuild(Progress progress) {
        open();
        rebuild(store.changeStamp(), progress);
        return index;
    }

    private void rebuild(String stamp, Progress progress) {
        List<TranscriptSummary> transcripts = store.transcripts();
        try {
            index.rebuild(stamp, transcripts.size(), () -> read(transcripts.iterator()),
                    (done, total, name) -> progress.update(done, total, name.isEmpty() ? "search index built" : "indexing " + name));
        } finally {
            progress.finished();
        }
    }

    /**
     * Runs a change of the project and brings the index along: the documents of the turns of
     * {@code changed(result)} are rewritten where they differ, those of {@code removed} dropped.
     * An index that was not current before is left to be rebuilt when next used.
     */
    <T> T change(Supplier<T> work, Function<T, Collection<String>> changed) {
        String before = store.changeStamp();
        T result = work.get();
        String after = store.changeStamp();
        if (after.equals(before) || (index == null && !Files.isDirectory(location))) {
            return result;
        }
        CorpusIndex opened = open();
        if (opened.isCurrent(before)) {
            List<IndexedTranscript> transcripts = changed.apply(result).stream().distinct()
                    .map(name -> store.transcriptSummary(name).map(this::read).orElse(null))
                    .filter(t -> t != null).toList();
            opened.update(before, after, transcripts, List.of());
        }
        return result;
    }

    private CorpusIndex open() {
        if (index == null) {
            index = CorpusIndex.open(location, !store.readOnly());
        }
        return index;
    }

    private Iterator<IndexedTranscript> read(Iterator<TranscriptSummary> summaries) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return summaries.hasNext();
            }

            @Override
            public IndexedTranscript next() {
                return read(summaries.next());
            }
        };
    }

    private IndexedTranscript read(TranscriptSummary summary) {
        Transcript transcript = store.transcript(summary.name()).orElseThrow();
        return new IndexedTranscript(summary, transcript.turns(), store.codingsOfTranscript(summary.name()));
    }

    @Override
    public void close() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
