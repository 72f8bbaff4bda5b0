package org.attune.workbench;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import of a REFI-QDA project made.
 *
 * @param project the new project file
 * @param transcripts how many transcripts
 * @param codings how many codings
 * @param coders the coders, from the project's users
 * @param codes how many codes the codebook has (0 without one)
 * @param discarded what could not be kept, one line each
 */
public record QdpxImportReport(Path project, int transcripts, int codings, List<String> coders, int codes,
                               List<String> discarded) {

    public QdpxImportReport {
        coders = List.copyOf(coders);
        discarded = List.copyOf(discarded);
    }
}
