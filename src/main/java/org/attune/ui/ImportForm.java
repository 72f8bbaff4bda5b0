package org.attune.ui;

import java.util.List;
import org.attune.model.AttuneException;
import org.attune.workbench.ImportOptions;
import org.attune.workbench.Input;
import org.attune.workbench.InputException;

/**
 * The import dialog's fields handed to the core as they were typed; what the core says cannot be
 * an option comes back worded for the dialog, naming its field. The rules are the core's
 * ({@link ImportOptions#of}), not kept here. Needs no frame.
 */
final class ImportForm {

    /** The format choice that leaves each file's format to be detected. */
    static final String DETECT = "detect";

    private ImportForm() {
    }

    static ImportOptions options(String format, String therapists, String clients, String dyad, String session, String date,
                                 String name, int files) {
        try {
            return ImportOptions.of(format == null || format.equals(DETECT) ? null : format, List.of(therapists), List.of(clients),
                    dyad, session, date, name, files);
        } catch (InputException e) {
            throw new AttuneException(e.input() == Input.FILES
                    ? "Add the transcript files to import (or drop them on the window)"
                    : field(e.input()) + ": " + e.problem());
        }
    }

    /** The dialog's name of the field that holds an option. */
    static String field(Input input) {
        return switch (input) {
            case FORMAT -> "Format";
            case THERAPISTS -> "Therapist";
            case CLIENTS -> "Client";
            case DYAD -> "Dyad";
            case SESSION -> "Session";
            case DATE -> "Date";
            case TRANSCRIPT_NAME -> "Name";
            case FILES -> "Files";
            default -> input.name().charAt(0) + input.name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
