package org.attune.index;

import static org.attune.index.CorpusFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/** Searches one reader of the index: hits, highlighted fragments, facets and KWIC lines. */
final class CorpusSearch {

    /** Characters of context on each side of a KWIC keyword. */
    static final int KWIC_WIDTH = 40;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final SegmentColumns.Cache columns;
    private TranscriptOrder.Ranks ranks;

    /** @param threads the threads a search of a large index spreads over, segment by segment */
    CorpusSearch(DirectoryReader reader, Analyzer analyzer, ExecutorService threads, SegmentColumns.Cache columns) {
        this.reader = reader;
        this.columns = columns;
        this.searcher = new IndexSearcher(reader, threads);
        this.analyzer = analyzer;
    }

    /** The transcripts' ranks in this reader, made when first needed. */
    private synchronized TranscriptOrder.Ranks ranks() {
        if (ranks == null) {
            ranks = new TranscriptOrder.Ranks(reader, columns);
        }
        return ranks;
    }

    DirectoryReader reader() {
        return reader;
    }

    SearchResult search(SearchRequest request, QueryVocabulary vocabulary) {
        String coder = null;
        if (request.coder() != null) {
            try {
                coder = vocabulary.coder(request.coder());
            } catch (IllegalArgumentException e) {
                throw new org.attune.model.AttuneException(e.getMessage());
            }
        }
        Query query = query(request, coder, vocabulary);
        try {
            return run(request, query, coder, vocabulary);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("a wildcard or range matches too many words; make it narrower",
                    request.query(), -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The query as parsed, or, when some transcripts are blind to the viewer, parsed twice: as it
     * is on the other transcripts, and seeing only the viewer's codings (or none, when another
     * coder's are asked for) on the blind ones.
     */
    private Query query(SearchRequest request, String coder, QueryVocabulary vocabulary) {
        Query open = new CorpusQueryParser(analyzer, vocabulary, coder).parseQuery(request.query());
        Visibility visible = request.visible();
        if (!visible.restricts()) {
            return open;
        }
        String viewer = visible.viewer();
        List<String> seen = coder == null || coder.equalsIgnoreCase(viewer) ? List.of(viewer) : List.of();
        Query blind = new CorpusQueryParser(analyzer, vocabulary, seen.isEmpty() ? coder : viewer, seen)
                .parseQuery(request.query());
        Query onBlind = new org.apache.lucene.search.TermInSetQuery(TRANSCRIPT_ID,
                visible.blind().stream().map(org.apache.lucene.util.BytesRef::new).toList());
        return new org.apache.lucene.search.BooleanQuery.Builder()
                .add(new org.apache.lucene.search.BooleanQuery.Builder()
                        .add(open, org.apache.lucene.search.BooleanClause.Occur.MUST)
                        .add(onBlind, org.apache.lucene.search.BooleanClause.Occur.MUST_NOT).build(),
                        org.apache.lucene.search.BooleanClause.Occur.SHOULD)
                .add(new org.apache.lucene.search.BooleanQuery.Builder()
                        .add(blind, org.apache.lucene.search.BooleanClause.Occur.MUST)
                        .add(onBlind, org.apache.lucene.search.BooleanClause.Occur.FILTER).build(),
                        org.apache.lucene.search.BooleanClause.Occur.SHOULD)
                .build();
    }

    private SearchResult run(SearchRequest request, Query query, String coder, QueryVocabulary vocabulary) throws IOException {
        int limit = Math.min(request.limit(), Math.max(1, reader.maxDoc()));
        CollectorManager<?, ? extends TopDocs> top = limit == 0 ? null
                : request.order() == ResultOrder.TRANSCRIPT
                        ? new TranscriptOrder(ranks(), limit)
                        : new TopScoreDocCollectorManager(limit, null, Integer.MAX_VALUE);
        TurnFacets facetsManager = request.facets() ? new TurnFacets(coder, request.visible(), columns) : null;
        TopDocs topDocs = null;
        Map<String, Map<String, Long>> counts = Map.of();
        if (top != null && facetsManager != null) {
            Object[] both = searcher.search(query, new MultiCollectorManager(top, facetsManager));
            topDocs = (TopDocs) both[0];
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Long>> counted = (Map<String, Map<String, Long>>) both[1];
            counts = counted;
        } else if (top != null) {
            topDocs = searcher.search(query, top);
        } else if (facetsManager != null) {
            counts = searcher.search(query, facetsManager);
        }
        // Every matching turn has a role, so the role counts add up to the total.
        long total = topDocs != null ? topDocs.totalHits.value()
                : facetsManager != null ? counts.get("role").values().stream().mapToLong(Long::longValue).sum()
                : searcher.count(query);
        List<SearchHit> hits = new ArrayList<>();
        List<KwicLine> kwic = new ArrayList<>();
        if (topDocs != null && topDocs.scoreDocs.length > 0) {
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            StoredFields stored = searcher.storedFields();
            boolean byRelevance = request.order() == ResultOrder.RELEVANCE;
            for (ScoreDoc scoreDoc : topDocs.scoreDocs) {
                Document doc = stored.document(scoreDoc.doc);
                MatchedText matched = new MatchedText(doc.get(TEXT), matches(weight, scoreDoc.doc));
                SearchHit hit = hit(doc, matched, coder, request.visible(), vocabulary, byRelevance ? scoreDoc.score : Float.NaN);
                hits.add(hit);
                if (request.kwic()) {
                    kwic.addAll(matched.kwic(hit.transcript(), hit.turn(), hit.speaker(), hit.codes(), KWIC_WIDTH));
                }
            }
        }
        return new SearchResult(total, hits, counts, kwic);
    }

    /** The most matches of one turn highlighted and listed in keyword-in-context lines. */
    static final int MAX_MATCHES_PER_TURN = 1_000;

    private List<Fragment.Range> matches(Weight weight, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = weight.matches(leaf, doc - leaf.docBase);
        List<Fragment.Range> ranges = new ArrayList<>();
        if (matches == null) {
            return ranges;
        }
        for (String field : List.of(TEXT, EXACT)) {
            MatchesIterator it = matches.getMatches(field);
            // A huge turn (a whole book pasted as one) may hold a word millions of times: its first
            // matches are what a reader looks at, and all of them would fill the memory.
            while (it != null && ranges.size() < MAX_MATCHES_PER_TURN && it.next()) {
                if (it.startOffset() >= 0) {
                    ranges.add(new Fragment.Range(it.startOffset(), it.endOffset()));
                }
            }
        }
        return ranges;
    }

    private static SearchHit hit(Document doc, MatchedText matched, String coder, Visibility visible, QueryVocabulary vocabulary,
                                 float score) {
        List<SearchHit.Coded> codings = new ArrayList<>();
        String transcript = doc.get(STORED_TRANSCRIPT);
        for (IndexableField field : doc.getFields(STORED_CODINGS)) {
            String[] parts = field.stringValue().split(String.valueOf(SEPARATOR), -1);
            if ((coder == null || coder.equals(parts[0])) && visible.sees(transcript, parts[0])) {
                codings.add(new SearchHit.Coded(parts[0], parts[1], parts[2].isEmpty() ? null : new BigDecimal(parts[2])));
            }
        }
        codings.sort(Comparator.comparing(SearchHit.Coded::coder, String.CASE_INSENSITIVE_ORDER)
                .thenComparingInt(c -> vocabulary.rank(c.code())).thenComparing(SearchHit.Coded::code));
        Set<String> codes = new LinkedHashSet<>();
        codings.stream().map(SearchHit.Coded::code)
                .sorted(Comparator.comparingInt(vocabulary::rank).thenComparing(Comparator.naturalOrder()))
                .forEach(codes::add);
        return new SearchHit(transcript, doc.getField(STORED_TURN).numericValue().intValue(),
                doc.get(STORED_SPEAKER), doc.get(STORED_ROLE), longOrNull(doc, STORED_START), longOrNull(doc, STORED_END),
                doc.get(TEXT), matched.fragment(), List.copyOf(codes), codings, score);
    }

    private static Long longOrNull(Document doc, String field) {
        IndexableField value = doc.getField(field);
        return value == null ? null : value.numericValue().longValue();
    }
}
