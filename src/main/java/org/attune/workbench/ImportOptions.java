package org.attune.workbench;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.attune.transcript.SpeakerRoles;
import org.attune.transcript.TranscriptFormat;

/**
 * How to import transcript files, and the one place of the rules of what an import may be asked:
 * the window and the command line collect what the user typed, pass it to {@link #of}, and word
 * the {@link InputException} it may throw in their own terms (a field, a flag).
 *
 * @param format the files' format (txt, docx, vtt, srt, csv; tsv for csv), or null to detect each file's own
 * @param therapists speaker names that are the therapist
 * @param clients speaker names that are the client
 * @param dyad the dyad or client id, or null to take it from the file name
 * @param session the session number, from 1, or null to take it from the file name
 * @param date the session date, or null to take it from the file name
 * @param name the transcript's name when importing one file, or null for the file name
 * @throws InputException when an option cannot be: an unknown format, a session before 1, a
 *         speaker named both therapist and client
 */
public record ImportOptions(String format, List<String> therapists, List<String> clients, String dyad,
                            Integer session, LocalDate date, String name) {

    /** The format's word for "detect each file's own format". */
    public static final String DETECT = "auto";

    /** The formats that can be asked for, by the words {@link #of} takes. */
    public static final List<String> FORMATS = Arrays.stream(TranscriptFormat.values()).map(TranscriptFormat::label).toList();

    public ImportOptions {
        therapists = List.copyOf(therapists);
        clients = List.copyOf(clients);
        if (format != null) {
            try {
                TranscriptFormat.fromLabel(format);
            } catch (IllegalArgumentException e) {
                throw new InputException(Input.FORMAT, "unknown format '" + format + "': expected " + DETECT + ", "
                        + String.join(", ", FORMATS));
            }
        }
        if (session != null && session < 1) {
            throw new InputException(Input.SESSION, "session numbers start at 1, found " + session);
        }
        try {
            new SpeakerRoles(therapists, clients);
        } catch (IllegalArgumentException e) {
            throw new InputException(Input.CLIENTS, e.getMessage());
        }
    }

    /** Detect everything. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, List.of(), List.of(), null, null, null, null);
    }

    /**
     * The options as a user gave them, as text: blank (or null) is "not given", the format may be
     * {@value #DETECT}, speaker names are separated by commas ("Hannah Reid, Dr Lee"; several texts
     * may each hold some), the session is a number from 1 and the date YYYY-MM-DD. Checked against
     * the number of files too, which must be one or more, and one for a name.
     *
     * @throws InputException naming the option that cannot be, and why
     */
    public static ImportOptions of(String format, List<String> therapists, List<String> clients, String dyad, String session,
                                   String date, String name, int files) {
        String chosen = blankToNull(format);
        ImportOptions options = new ImportOptions(chosen == null || chosen.toLowerCase(Locale.ROOT).equals(DETECT) ? null
                : chosen.toLowerCase(Locale.ROOT), names(therapists), names(clients), blankToNull(dyad), number(session),
                day(date), blankToNull(name));
        options.check(files);
        return options;
    }

    /** Whether these options can import this many files: one or more, and one only when a name is given. */
    public void check(int files) {
        if (files < 1) {
            throw new InputException(Input.FILES, "no files to import");
        }
        if (name != null && files > 1) {
            throw new InputException(Input.TRANSCRIPT_NAME, "a name is for one file, but " + files
                    + " were given; leave it out to name each transcript by its file");
        }
    }

    public ImportOptions withRoles(List<String> therapistNames, List<String> clientNames) {
        return new ImportOptions(format, therapistNames, clientNames, dyad, session, date, name);
    }

    private static List<String> names(List<String> texts) {
        return texts == null ? List.of() : texts.stream().filter(t -> t != null).flatMap(t -> Arrays.stream(t.split(",")))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Integer number(String text) {
        String given = blankToNull(text);
        if (given == null) {
            return null;
        }
        try {
            return Integer.valueOf(given);
        } catch (NumberFormatException e) {
            throw new InputException(Input.SESSION, "expected a number such as 3, found '" + given + "'");
        }
    }

    private static LocalDate day(String text) {
        String given = blankToNull(text);
        if (given == null) {
            return null;
        }
        try {
            return LocalDate.parse(given);
        } catch (DateTimeParseException e) {
            throw new InputException(Input.DATE, "'" + given + "' is not a date: expected YYYY-MM-DD, as in 2025-03-14");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
