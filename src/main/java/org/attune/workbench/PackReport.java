package org.attune.workbench;

/**
 * What a coder's pack holds.
 *
 * @param file the pack, a project file of its own
 * @param round the round it is for
 * @param coder the coder it is for
 * @param blind whether the round is blind: then the pack holds none of the other coders' codings
 * @param transcripts how many transcripts
 * @param codings how many codings: the coder's own, and in an open round the others' too
 */
public record PackReport(java.nio.file.Path file, String round, String coder, boolean blind, int transcripts, int codings) {
}
