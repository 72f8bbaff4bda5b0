package org.attune.index;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * How the corpus text is cut into words: the English analyzer (stemmed, without stop words) for
 * the text field, the standard analyzer with every word kept for the exact field. Both first read
 * typographic apostrophes as plain ones, so that "don't" typed finds "don’t" as Word wrote it.
 */
final class CorpusAnalyzer extends AnalyzerWrapper {

    private final Analyzer stemmed = new StemmingAnalyzer();
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
        return new Apostrophes(reader);
    }

    @Override
    protected Reader wrapReaderForNormalization(String fieldName, Reader reader) {
        return new Apostrophes(reader);
    }

    /**
     * Reads typographic apostrophes as plain ones. One character for one, so offsets stay as
     * they are and the text is read a buffer at a time: Lucene's MappingCharFilter, which
     * handles replacements of any length, reads a character at a time and took a tenth of the
     * time of building the index.
     */
    static final class Apostrophes extends CharFilter {

        Apostrophes(Reader input) {
            super(input);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = input.read(buffer, offset, length);
            for (int i = offset; i < offset + read; i++) {
                switch (buffer[i]) {
                    // right single quotation mark (Word's apostrophe), left one (a misturned
                    // apostrophe), modifier letter apostrophe, fullwidth apostrophe
                    case '\u2019', '\u2018', '\u02bc', '\uff07' -> buffer[i] = '\'';
                    default -> { }
                }
            }
            return read;
        }

        @Override
        protected int correct(int offset) {
            return offset;
        }
    }

    @Override
    public void close() {
        stemmed.close();
        exact.close();
        super.close();
    }
}
