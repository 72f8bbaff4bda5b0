package org.attune.ui;

import org.attune.model.AttuneException;

/** The core's refusal of a codebook change that would orphan or break codings, as the window words it. */
final class CodebookRefusal {

    private CodebookRefusal() {
    }

    /** Whether the refusal is one the coder may override by deleting the codings it lists. */
    static boolean forcible(AttuneException e) {
        return e.getMessage() != null && e.getMessage().contains("--force");
    }

    /** The refusal with its list, for a dialog. */
    static String describe(AttuneException e) {
        String text = e.getMessage().replaceAll(";? ?(use|or use|with) --force[^;.]*", "");
        return "<html><body style='width:420px'>" + CodeDescription.escape(text).replace("; ", ";<br>")
                + "<br><br>Replacing it anyway deletes those codings (the codebook's history keeps the version before).</body></html>";
    }
}
