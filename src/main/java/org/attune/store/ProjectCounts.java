package org.attune.store;

/** How much a project holds. */
public record ProjectCounts(int transcripts, long turns, int coders, long codings) {
}
