package org.attune.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.attune.index.CorpusIndex;
import org.attune.index.IndexedTranscript;
import org.attune.index.IndexedTurns;
import org.attune.model.Transcript;
import org.attune.model.TranscriptSummary;
import org.attune.model.TurnStretch;
import org.attune.store.ProjectChange;
import org.attune.store.ProjectStore;

/**
 * Keeps a project's corpus index in step with the project file: opens it when first needed,
 * rebuilds it when it is missing, stale or damaged, and carries every change the project commits
 * into it in the same action, from what the store reports the change touched: only the touched
 * turns' documents (and their neighbours') are made again.
 */
final class SearchIndex implements AutoCloseable {

    /** More separate stretches of a transcript than this, and it is rewritten whole, its documents compared. */
    private static final int MOST_STRETCHES = 32;

    private final ProjectStore store;
    private final Path location;
    private CorpusIndex index;
    /** How deep in {@link #change} runs, and what their commits changed so far. */
    private int depth;
    private ProjectChange pending;

    SearchIndex(ProjectStore store) {
        this.store = store;
        this.location = CorpusIndex.locationOf(store.path());
        store.onChange(this::committed);
    }

    /** The index, current with the project: built or rebuilt first when it is not. */
    CorpusIndex current(Progress progress) {
        followPending();
        String stamp = store.changeStamp();
        CorpusIndex opened = open();
        if (!opened.isCurrent(stamp)) {
            rebuild(stamp, progress);
        }
        return opened;
    }

    /** Whether the index reflects the project as it is now. */
    boolean isCurrent() {
        followPending();
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
     * Runs a use case that may change the project in several transactions, and brings the index
     * along once, at the end, from what the store reports they changed. Changes made outside
     * such a run are brought along as each commits.
     */
    <T> T change(Supplier<T> work) {
        depth++;
        try {
            return work.get();
        } finally {
            depth--;
            if (depth == 0) {
                followPending();
            }
        }
    }

    /** Brings along what a run has committed so far: before a search in the middle of one, say. */
    private void followPending() {
        if (pending != null) {
            ProjectChange done = pending;
            pending = null;
            follow(done);
        }
    }

    private void committed(ProjectChange change) {
        if (depth > 0) {
            pending = pending == null ? change : pending.then(change);
        } else {
            follow(change);
        }
    }

    /**
     * Rewrites the documents of the turns the change touched: whole transcripts added or changed,
     * and for codings, the turns they lie on and their neighbours, whose documents carry their
     * codes. An index that was not current before is left to be rebuilt when next used, and so
     * is one whose update fails: the change is saved by then, and the index is only derived from it.
     */
    private void follow(ProjectChange change) {
        if (index == null && !Files.isDirectory(location)) {
            return;
        }
        try {
            CorpusIndex opened = open();
            if (!opened.isCurrent(change.before())) {
                return;
            }
            Set<String> whole = new LinkedHashSet<>(change.transcriptsAdded());
            whole.addAll(change.transcriptsChanged());
            Map<String, List<int[]>> turns = new LinkedHashMap<>();
            for (ProjectChange.CodingRows rows : change.codings()) {
                if (!whole.contains(rows.transcript())) {
                    turns.computeIfAbsent(rows.transcript(), t -> new ArrayList<>()).add(new int[] {rows.firstTurn(), rows.lastTurn()});
                }
            }
            List<IndexedTurns> stretches = new ArrayList<>();
            for (Map.Entry<String, List<int[]>> coded : turns.entrySet()) {
                List<int[]> merged = merge(coded.getValue());
                if (merged.size() > MOST_STRETCHES) {
                    whole.add(coded.getKey());
                } else {
                    for (int[] range : merged) {
                        stretch(coded.getKey(), range[0], range[1]).ifPresent(stretches::add);
                    }
                }
            }
            List<IndexedTranscript> transcripts = whole.stream()
                    .map(name -> store.transcriptSummary(name).map(this::read).orElse(null)).filter(t -> t != null).toList();
            opened.update(change.before(), change.after(), transcripts, stretches, change.transcriptsRemoved());
        } catch (RuntimeException e) {
            // Left at its stamp, the index is stale and is rebuilt when next used.
        }
    }

    /** Ranges of turns in order, those that lie so close that their documents would overlap made one. */
    private static List<int[]> merge(List<int[]> ranges) {
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] range : ranges) {
            int[] last = merged.isEmpty() ? null : merged.getLast();
            // Turns a..b rewrite the documents of a-1..b+1: ranges closer than that share some.
            if (last != null && range[0] <= last[1] + 2) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(new int[] {range[0], range[1]});
            }
        }
        return merged;
    }

    /** The documents of turns {@code first - 1} to {@code last + 1}, with what they are made of. */
    private java.util.Optional<IndexedTurns> stretch(String transcript, int first, int last) {
        return store.transcriptSummary(transcript).filter(s -> first <= s.turnCount()).map(summary -> {
            int from = Math.max(1, first - 1);
            int to = Math.min(summary.turnCount(), last + 1);
            TurnStretch read = store.turns(transcript, from - 1, to + 1).orElseThrow();
            return new IndexedTurns(read, store.codingsOnTurns(transcript, read.first(), read.last()), from, to);
        });
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
