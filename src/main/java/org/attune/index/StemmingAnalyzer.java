package org.attune.index;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lucene's English analyzer (standard tokenizer, possessives, lower case, English stop words,
 * Porter stemmer) with each thread's stems remembered. Speech repeats a few thousand words, and
 * stemming each anew was a tenth of the time of building the index: a word met before takes its
 * stem from the cache and is marked a keyword, which the Porter filter leaves as it is.
 */
final class StemmingAnalyzer extends Analyzer {

    /** Words remembered per thread: common speech is covered many times over, and memory stays small. */
    static final int CACHE_SIZE = 50_000;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        StemCache cache = new StemCache();
        result = new CachedStem(result, cache);
        result = new PorterStemFilter(result);
        result = new NewStem(result, cache);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /** One thread's words and their stems, and the word now on its way through the stemmer. */
    private static final class StemCache {
        final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);
        char[] word = new char[32];
        int wordLength = -1;
    }

    /** Before the stemmer: a known word gets its stem now; an unknown one is noted. */
    private static final class CachedStem extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
        private final StemCache cache;

        CachedStem(TokenStream input, StemCache cache) {
            super(input);
            this.cache = cache;
        }

        @Override
        public boolean incrementToken() throws IOException {
            cache.wordLength = -1;
            if (!input.incrementToken()) {
                return false;
            }
            if (keyword.isKeyword()) {
                return true;
            }
            char[] stem = cache.stems.get(term.buffer(), 0, term.length());
            if (stem != null) {
                term.copyBuffer(stem, 0, stem.length);
                keyword.setKeyword(true);
            } else {
                if (cache.word.length < term.length()) {
                    cache.word = new char[term.length()];
                }
                System.arraycopy(term.buffer(), 0, cache.word, 0, term.length());
                cache.wordLength = term.length();
            }
            return true;
        }
    }

    /** After the stemmer: the stem of a word noted before it is remembered. */
    private static final class NewStem extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final StemCache cache;

        NewStem(TokenStream input, StemCache cache) {
            super(input);
            this.cache = cache;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (cache.wordLength >= 0 && cache.stems.size() < CACHE_SIZE) {
                char[] word = new char[cache.wordLength];
                System.arraycopy(cache.word, 0, word, 0, cache.wordLength);
                char[] stem = new char[term.length()];
                System.arraycopy(term.buffer(), 0, stem, 0, term.length());
                cache.stems.put(word, stem);
            }
            cache.wordLength = -1;
            return true;
        }
    }
}
