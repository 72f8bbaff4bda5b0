package org.attune.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class StemmingAnalyzerTest {

    @Test
    void cutsAndStemsAsLucenesEnglishAnalyzerDoes() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".vtt")).sorted().toList()) {
                texts.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        texts.add("John's mothers' feelings; he was FEELING hopeful, hopelessly so: running, runs, ran.");
        texts.add("generalizations generalization generalize general generously");
        assertThat(texts).hasSizeGreaterThan(1000);
        try (Analyzer lucene = new EnglishAnalyzer(); Analyzer cached = new StemmingAnalyzer()) {
            // Twice: once as words first meet the cache, once as they come out of it.
            for (int round = 0; round < 2; round++) {
                for (String text : texts) {
                    assertThat(tokens(cached, text)).as(text).isEqualTo(tokens(lucene, text));
                }
            }
        }
    }

    @Test
    void aFullCacheStillStems() throws IOException {
        try (Analyzer lucene = new EnglishAnalyzer(); Analyzer cached = new StemmingAnalyzer()) {
            StringBuilder words = new StringBuilder();
            for (int i = 0; i < StemmingAnalyzer.CACHE_SIZE + 100; i++) {
                words.append("w").append(Integer.toString(i, 26).replace('0', 'z')).append("ings ");
            }
            String text = words + " remembering feelings";
            assertThat(tokens(cached, text)).isEqualTo(tokens(lucene, text));
            assertThat(tokens(cached, "remembering feelings")).isEqualTo(List.of("rememb@0-11+1", "feel@12-20+1"));
        }
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(CorpusFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + increment.getPositionIncrement());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
