package org.attune.model;

/**
 * A coder of a project and how much they have coded.
 *
 * @param name the coder
 * @param codings how many codings
 * @param transcripts in how many transcripts
 */
public record CoderSummary(String name, long codings, int transcripts) {
}
