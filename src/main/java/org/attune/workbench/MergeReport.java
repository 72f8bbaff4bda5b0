package org.attune.workbench;

import java.util.List;

/**
 * What a merge brought back.
 *
 * @param files the files merged, in order
 * @param added codings new to the project
 * @param updated codings whose level or memo the files changed (the later change wins)
 * @param unchanged codings the project already had as the files have them
 * @param kept the project's codings of the merged coders that the files do not have: kept, never deleted
 * @param coders the coders whose codings came in
 * @param reconciled codings of codes the project's codebook has since merged into others, which came in on those
 * @param notTaken every coding of the files that did not come in, one line each with its file and reason (another
 *                 coder's in a pack, an older change than the project's, a change time later than now)
 * @param replaced the project's codings that a coding the files brought replaced, as a code of the same exclusive
 *                 group on the same coder's turn changed later (the rule of a key press)
 */
public record MergeReport(List<String> files, int added, int updated, int unchanged, int kept, List<String> coders,
                          int reconciled, List<String> notTaken, List<org.attune.model.Coding> replaced) {

    public MergeReport {
        files = List.copyOf(files);
        coders = List.copyOf(coders);
        notTaken = List.copyOf(notTaken);
        replaced = List.copyOf(replaced);
    }
}
