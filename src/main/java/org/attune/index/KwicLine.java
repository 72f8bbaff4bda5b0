package org.attune.index;

import java.util.List;

/**
 * One match in its context: a line of a keyword-in-context concordance, which a face shows in
 * three columns (the left context aligned right, the keyword, the right context) so that the
 * keywords line up. The three parts are the turn's own text, put together as they stand: no
 * space is added between them, and the contexts end at whole words.
 *
 * @param transcript where
 * @param turn which turn, from 1
 * @param speaker who speaks
 * @param left the text just before the match, up to the context width, from the start of a word
 * @param keyword the matched text; empty on the one line of a turn the query found without a
 *        word (by a code, a speaker, a session...)
 * @param right the text just after it, up to the context width, to the end of a word (the
 *        opening of the turn when there is no keyword)
 * @param codes the ids of the codes on the turn, in codebook order: every coder's, or the searched coder's
 */
public record KwicLine(String transcript, int turn, String speaker, String left, String keyword, String right,
                       List<String> codes) {

    public KwicLine {
        codes = List.copyOf(codes);
    }

    /** Whether the line has a keyword: false for a turn found by a clause other than a word. */
    public boolean matched() {
        return !keyword.isEmpty();
    }
}
