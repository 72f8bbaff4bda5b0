package org.attune.workbench;

import java.util.List;
import java.util.Set;

/**
 * What an import did, file by file, and what the user should look at.
 *
 * @param files one entry per file, in the order given
 * @param warnings what was read leniently or may need a look
 */
public record ImportReport(List<FileOutcome> files, List<String> warnings) {

    public ImportReport {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /** What became of one file. */
    public enum Status {
        IMPORTED,
        /** Its content is already in the project (or earlier in the same import). */
        SKIPPED_DUPLICATE
    }

    /**
     * @param file the file as given
     * @param format the format it was read as
     * @param transcript the transcript's name (for a duplicate: the transcript that already holds it)
     * @param status what happened
     * @param turns how many turns it has
     * @param therapists the speakers taken as therapist
     * @param clients the speakers taken as client
     * @param others the speakers taken as other
     */
    public record FileOutcome(String file, String format, String transcript, Status status, int turns,
                              Set<String> therapists, Set<String> clients, Set<String> others) {
    }

    public long imported() {
        return files.stream().filter(f -> f.status() == Status.IMPORTED).count();
    }

    public long skipped() {
        return files.stream().filter(f -> f.status() == Status.SKIPPED_DUPLICATE).count();
    }
}
