package org.attune.index;

/**
 * One match in its context: a line of a keyword-in-context concordance.
 *
 * @param transcript where
 * @param turn which turn, from 1
 * @param speaker who speaks
 * @param left the text before the match, cut to the context width
 * @param keyword the matched text
 * @param right the text after it
 */
public record KwicLine(String transcript, int turn, String speaker, String left, String keyword, String right) {
}
