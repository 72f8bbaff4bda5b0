package org.attune.ui;

import org.attune.workbench.CodingsAtStakeException;

/**
 * The core's refusal of a codebook replacement that would orphan or break codings, as the window
 * words it: the list of those codings, and an explicit choice to replace the codebook anyway.
 */
final class CodebookRefusal {

    /** The button that replaces the codebook anyway, deleting the codings listed. */
    static final String REPLACE_ANYWAY = "Replace anyway";

    /** The button that merges a code anyway, deleting the codings listed. */
    static final String MERGE_ANYWAY = "Merge anyway";

    /** The button that leaves the codebook as it is. */
    static final String KEEP = "Keep the codebook as it is";

    private CodebookRefusal() {
    }

    /** Whether the refusal is one the coder may override by deleting the codings it lists. */
    static boolean forcible(Throwable failure) {
        return failure instanceof CodingsAtStakeException refusal && refusal.kind() == CodingsAtStakeException.Kind.CHANGE_WOULD_BREAK;
    }

    /** The refusal of a new codebook with its list, code by code, for a dialog. */
    static String describe(CodingsAtStakeException refusal) {
        return describe(refusal, "The new codebook would orphan or break", REPLACE_ANYWAY);
    }

    /** A refusal with its list, code by code, after what would happen, and what the button that goes on anyway does. */
    static String describe(CodingsAtStakeException refusal, String wouldHappen, String anyway) {
        StringBuilder text = new StringBuilder("<html><body style='width:420px'>").append(CodeDescription.escape(wouldHappen))
                .append(' ').append(refusal.count()).append(refusal.count() == 1 ? " coding:" : " codings:").append("<ul>");
        for (CodingsAtStakeException.CodeCodings c : refusal.codings()) {
            text.append("<li>").append(CodeDescription.escape("'" + c.code() + "': " + c.count() + (c.count() == 1 ? " coding" : " codings")
                    + " (" + String.join(", ", c.coders()) + ")" + (c.reason().isEmpty() ? "" : "; " + c.reason()))).append("</li>");
        }
        return text.append("</ul>").append(anyway).append(" deletes those codings (the codebook's history keeps the version "
                + "before).</body></html>").toString();
    }
}
