package org.attune.workbench;

import java.time.LocalDate;
import java.util.List;

/**
 * How to import transcript files.
 *
 * @param format the files' format (txt, docx, vtt, srt, csv; tsv for csv), or null to detect each file's own
 * @param therapists speaker names that are the therapist
 * @param clients speaker names that are the client
 * @param dyad the dyad or client id, or null to take it from the file name
 * @param session the session number, or null to take it from the file name
 * @param date the session date, or null to take it from the file name
 * @param name the transcript's name when importing one file, or null for the file name
 */
public record ImportOptions(String format, List<String> therapists, List<String> clients, String dyad,
                            Integer session, LocalDate date, String name) {

    public ImportOptions {
        therapists = List.copyOf(therapists);
        clients = List.copyOf(clients);
    }

    /** Detect everything. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, List.of(), List.of(), null, null, null, null);
    }

    public ImportOptions withRoles(List<String> therapistNames, List<String> clientNames) {
        return new ImportOptions(format, therapistNames, clientNames, dyad, session, date, name);
    }
}
