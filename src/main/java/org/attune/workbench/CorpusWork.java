package org.attune.workbench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.attune.analysis.CodedTurn;
import org.attune.analysis.Cooccurrence;
import org.attune.analysis.CooccurrenceTable;
import org.attune.analysis.LagSequence;
import org.attune.analysis.LagTable;
import org.attune.index.CorpusIndex;
import org.attune.index.QueryVocabulary;
import org.attune.index.ResultOrder;
import org.attune.index.SearchRequest;
import org.attune.index.SearchResult;
import org.attune.index.Visibility;
import org.attune.model.AttuneException;
import org.attune.model.Role;
import org.attune.model.SavedQuery;
import org.attune.store.ProjectStore;

/** Searching the corpus, its co-occurrence and sequence tables, and saved queries. */
final class CorpusWork {

    private final ProjectStore store;
    private final CodebookEditor codebooks;
    private final SearchIndex index;
    private final Clock clock;
    private String vocabularyStamp;
    private QueryVocabulary vocabulary;

    CorpusWork(ProjectStore store, CodebookEditor codebooks, SearchIndex index, Clock clock) {
        this.store = store;
        this.codebooks = codebooks;
        this.index = index;
        this.clock = clock;
    }

    SearchResult search(SearchRequest request, Progress progress) {
        CorpusIndex current = index.current(progress);
        return current.search(request, vocabulary());
    }

    IndexReport index(boolean rebuild, Progress progress) {
        long start = System.nanoTime();
        boolean stale = rebuild || !index.isCurrent();
        CorpusIndex current = rebuild ? index.rebuild(progress) : index.current(progress);
        return new IndexReport(current.location(), current.size(), current.inMemory(), stale,
                Duration.ofNanos(System.nanoTime() - start));
    }

    CooccurrenceTable cooccurrence(String coder, int window, Progress progress) {
        return cooccurrence(coder, window, Visibility.EVERYONE, progress);
    }

    CooccurrenceTable cooccurrence(String coder, int window, Visibility visible, Progress progress) {
        if (window < 0) {
            throw new AttuneException("the window is a number of turns either side, from 0; got " + window);
        }
        return Cooccurrence.of(codedTurns(coder, visible, progress), window);
    }

    LagTable sequences(String coder, int lag, Role from, Role to, Progress progress) {
        return sequences(coder, lag, from, to, Visibility.EVERYONE, progress);
    }

    LagTable sequences(String coder, int lag, Role from, Role to, Visibility visible, Progress progress) {
        if (lag < 1) {
            throw new AttuneException("the lag is a number of turns, from 1; got " + lag);
        }
        return LagSequence.of(codedTurns(coder, visible, progress), lag, from, to);
    }

    /** Whose codes an analysis counts when no one is named: see {@link org.attune.analysis.AnalysisCoder}. */
    java.util.Optional<String> analysisCoder() {
        return org.attune.analysis.AnalysisCoder.choose(store.coders(), name -> store.consensusOf(name).isPresent());
    }

    /** Every turn in transcript order, with one coder's codes or everyone's. */
    List<CodedTurn> codedTurns(String coder, Progress progress) {
        return codedTurns(coder, Visibility.EVERYONE, progress);
    }

    /** Every turn in transcript order, with one coder's codes or everyone's that {@code visible} lets be seen. */
    List<CodedTurn> codedTurns(String coder, Visibility visible, Progress progress) {
        String who = coder == null ? null : coder(coder);
        CorpusIndex current = index.current(progress);
        List<CodedTurn> turns = new ArrayList<>(current.size());
        current.visitTurns(who, visible, (transcript, turn, role, codes) -> turns.add(new CodedTurn(transcript, turn, role, codes)));
        return turns;
    }

    // ---- saved queries

    List<SavedQuery> savedQueries() {
        return store.savedQueries();
    }

    SavedQuery savedQuery(String name) {
        return store.savedQuery(name).orElseThrow(() -> {
            List<String> names = store.savedQueries().stream().map(SavedQuery::name).toList();
            return new AttuneException("no saved query named '" + name + "' in " + store.path().getFileName() + "; "
                    + (names.isEmpty() ? "it has none yet" : "it has " + String.join(", ", names)));
        });
    }

    /** Checks the query against the project, then saves it. */
    SavedQuery save(String name, String query, String coder) {
        // A query that cannot run is refused now, not when someone runs it by name.
        search(new SearchRequest(query, coder, 0, ResultOrder.TRANSCRIPT, false, false), Progress.NONE);
        String who = coder == null || coder.isBlank() ? null : coder(coder);
        return store.saveQuery(new SavedQuery(name, query, who, clock.instant(), clock.instant()));
    }

    boolean deleteSaved(String name) {
        return store.deleteSavedQuery(name);
    }

    /**
     * The codebook's and coders' names the query language knows, made again only when the
     * project has changed: reading and parsing the codebook would cost every search milliseconds.
     */
    private QueryVocabulary vocabulary() {
        String stamp = store.changeStamp();
        if (!stamp.equals(vocabularyStamp)) {
            vocabulary = QueryVocabulary.of(codebooks.codebook().orElse(null), store.coderNames());
            vocabularyStamp = stamp;
        }
        return vocabulary;
    }

    private String coder(String name) {
        try {
            return vocabulary().coder(name);
        } catch (IllegalArgumentException e) {
            throw new AttuneException(e.getMessage());
        }
    }
}
