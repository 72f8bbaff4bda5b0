package org.attune.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One coder's application of one code to a stretch of a transcript.
 *
 * @param coder who coded
 * @param transcript the transcript's name
 * @param codeId the code's id
 * @param span where
 * @param value for a scale code, the level's value; null for a flag
 * @param memo a note, or null
 * @param created when it was made
 * @param updated when it was last changed
 */
public record Coding(String coder, String transcript, String codeId, Span span, BigDecimal value, String memo,
                     Instant created, Instant updated) {

    public Coding {
        Objects.requireNonNull(coder, "coder");
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(codeId, "codeId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        if (value != null) {
            value = value.stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
        }
        if (memo != null && memo.isBlank()) {
            memo = null;
        }
    }

    /** The same coding by the same coder on the same text: what makes two codings one. */
    public boolean sameAs(Coding other) {
        return coder.equals(other.coder) && transcript.equals(other.transcript) && codeId.equals(other.codeId)
                && span.equals(other.span);
    }
}
