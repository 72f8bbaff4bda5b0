package org.attune.workbench;

import java.util.List;

/**
 * What importing a codings table did.
 *
 * @param rows how many rows the table had
 * @param added codings new to the project
 * @param updated codings the project had, whose value or memo the table changed
 * @param unchanged codings the project had already, as they were
 * @param replaced codings of exclusive groups that rows replaced (the same coder's other code of the group on that turn)
 * @param coders the coders of the table
 * @param transcripts the transcripts the table codes
 */
public record CodingsImportReport(int rows, int added, int updated, int unchanged, int replaced, List<String> coders,
                                  List<String> transcripts) {

    public CodingsImportReport {
        coders = List.copyOf(coders);
        transcripts = List.copyOf(transcripts);
    }
}
