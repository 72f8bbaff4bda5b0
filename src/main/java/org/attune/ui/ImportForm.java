package org.attune.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.attune.model.AttuneException;
import org.attune.workbench.ImportOptions;

/**
 * The import dialog's fields as the CLI's import options, checked: what a field holds that cannot
 * be an option is an error naming the field, shown in the dialog. Needs no frame.
 */
final class ImportForm {

    static final String DETECT = "detect";

    private ImportForm() {
    }

    static ImportOptions options(String format, String therapists, String clients, String dyad, String session, String date,
                                 String name, int files) {
        Integer number = null;
        if (!session.isBlank()) {
            try {
                number = Integer.valueOf(session.strip());
            } catch (NumberFormatException e) {
                throw new AttuneException("Session: expected a number such as 3, found '" + session.strip() + "'");
            }
            if (number < 1) {
                throw new AttuneException("Session: numbers start at 1, found " + number);
            }
        }
        LocalDate day = null;
        if (!date.isBlank()) {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new AttuneException("Date: expected a day as 2025-03-04, found '" + date.strip() + "'");
            }
        }
        if (!name.isBlank() && files != 1) {
            throw new AttuneException("Name: a name is for one file; leave it empty to name each transcript by its file");
        }
        if (files == 0) {
            throw new AttuneException("Add the transcript files to import (or drop them on the window)");
        }
        return new ImportOptions(format == null || format.equals(DETECT) ? null : format, names(therapists), names(clients),
                dyad.isBlank() ? null : dyad.strip(), number, day, name.isBlank() ? null : name.strip());
    }

    /** "Hannah Reid, Dr Lee" as two speakers. */
    static List<String> names(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
