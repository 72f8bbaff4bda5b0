package org.attune.workbench;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export to a REFI-QDA project wrote.
 *
 * @param file the .qdpx
 * @param transcripts how many transcripts (text sources)
 * @param codings how many codings (selections)
 * @param coders the coders (users)
 * @param memos how many codings had a memo (notes)
 * @param pseudonyms what the pseudonym list replaced, or null without one
 * @param warnings names from the project's list of names to pseudonymise that are still in the text, one line each
 */
public record QdpxExportReport(Path file, int transcripts, int codings, List<String> coders, int memos,
                               PseudonymReport pseudonyms, List<String> warnings) {

    public QdpxExportReport {
        coders = List.copyOf(coders);
        warnings = List.copyOf(warnings);
    }
}
