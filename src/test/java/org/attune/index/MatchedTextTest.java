package org.attune.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact text of keyword-in-context lines: the turn's own characters, cut at whole words. */
class MatchedTextTest {

    private static List<KwicLine> kwic(String text, int width, String... words) {
        List<Fragment.Range> ranges = new java.util.ArrayList<>();
        for (String word : words) {
            int at = text.indexOf(word);
            ranges.add(new Fragment.Range(at, at + word.length()));
        }
        return new MatchedText(text, ranges).kwic("d01-s01", 7, "Sam", List.of("narrative"), width);
    }

    /** As left + keyword + right reads when the three columns stand side by side. */
    private static String joined(KwicLine line) {
        return line.left() + "[" + line.keyword() + "]" + line.right();
    }

    @Test
    void addsNoSpaceBeforePunctuationNorAroundTheKeyword() {
        KwicLine line = kwic("I feel, well, sad.", 40, "feel").get(0);
        assertThat(line.left()).isEqualTo("I ");
        assertThat(line.keyword()).isEqualTo("feel");
        assertThat(line.right()).isEqualTo(", well, sad.");
        assertThat(line.left() + line.keyword() + line.right()).isEqualTo("I feel, well, sad.");
    }

    @Test
    void cutsTheContextsAtWholeWords() {
        KwicLine line = kwic("The quick brown fox jumps over the lazy dog", 8, "fox").get(0);
        // 8 chars back reach into "quick", 8 forward into "over": both are left out whole.
        assertThat(line.left()).isEqualTo("brown ");
        assertThat(line.right()).isEqualTo(" jumps");
        KwicLine exact = kwic("The quick brown fox jumps over the lazy dog", 12, "fox").get(0);
        // 12 back start just at "quick"; 12 forward end inside "the", which is left out.
        assertThat(exact.left()).isEqualTo("quick brown ");
        assertThat(exact.right()).isEqualTo(" jumps over");
    }

    @Test
    void keepsPunctuationThatTouchesTheKeywordAndPutsBreaksOnOneLine() {
        KwicLine line = kwic("(Mother)\nshe said,\tagain", 40, "Mother").get(0);
        assertThat(joined(line)).isEqualTo("([Mother]) she said, again");
        assertThat(line.left()).isEqualTo("(");
    }

    @Test
    void givesEachMatchItsLineWithTheTurnsCodes() {
        List<KwicLine> lines = kwic("My mother was angry; my mother always is.", 12, "mother", "always");
        assertThat(lines).extracting(MatchedTextTest::joined)
                .containsExactly("My [mother] was angry;", "my mother [always] is.");
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.transcript()).isEqualTo("d01-s01");
            assertThat(l.turn()).isEqualTo(7);
            assertThat(l.speaker()).isEqualTo("Sam");
            assertThat(l.codes()).containsExactly("narrative");
            assertThat(l.matched()).isTrue();
        });
    }

    @Test
    void aTurnFoundWithoutAWordIsOneLineWithItsOpening() {
        List<KwicLine> lines = kwic("Yes. The feelings come back when mothers shout. I don't know why.", 10);
        assertThat(lines).hasSize(1);
        KwicLine line = lines.get(0);
        assertThat(line.matched()).isFalse();
        assertThat(line.left()).isEmpty();
        assertThat(line.keyword()).isEmpty();
        // Twice the width, to the end of a whole word.
        assertThat(line.right()).isEqualTo("Yes. The feelings");
        assertThat(line.codes()).containsExactly("narrative");
    }
}
