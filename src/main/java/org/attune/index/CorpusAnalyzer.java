package org.attune.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * How the corpus text is cut into words: the English analyzer (stemmed, without stop words) for
 * the text field, the standard analyzer with every word kept for the exact field. Both first read
 * typographic apostrophes as plain ones, so that "don't" typed finds "don’t" as Word wrote it.
 */
final class CorpusAnalyzer extends AnalyzerWrapper {

    private static final NormalizeCharMap APOSTROPHES = apostrophes();

    private final Analyzer stemmed = new EnglishAnalyzer();
    private final Analyzer exact = new StandardAnalyzer(CharArraySet.EMPTY_SET);

    CorpusAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return fieldName.equals(CorpusFields.EXACT) ? exact : stemmed;
    }

    @Override
    protected Reader wrapReader(String fieldName, Reader reader) {
        return new MappingCharFilter(APOSTROPHES, reader);
    }

    @Override
    protected Reader wrapReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(APOSTROPHES, reader);
    }

    private static NormalizeCharMap apostrophes() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("\u2019", "'"); // right single quotation mark, Word's apostrophe
        map.add("\u2018", "'"); // left single quotation mark, a misturned apostrophe
        map.add("\u02bc", "'"); // modifier letter apostrophe
        map.add("\uff07", "'"); // fullwidth apostrophe
        return map.build();
    }

    @Override
    public void close() {
        stemmed.close();
        exact.close();
        super.close();
    }
}
