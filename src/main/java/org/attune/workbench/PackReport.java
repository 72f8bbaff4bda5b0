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
 * @param pseudonyms what the pseudonym list replaced, or null without one
 * @param warnings names from the project's list of names to pseudonymise still in the pack's text, one line each
 */
public record PackReport(java.nio.file.Path file, String round, String coder, boolean blind, int transcripts, int codings,
                         PseudonymReport pseudonyms, java.util.List<String> warnings) {

    public PackReport {
        warnings = java.util.List.copyOf(warnings);
    }
}
