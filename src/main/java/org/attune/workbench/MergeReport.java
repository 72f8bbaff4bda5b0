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
 */
public record MergeReport(List<String> files, int added, int updated, int unchanged, int kept, List<String> coders,
                          int reconciled) {
}
