package org.attune.ui;

import org.attune.model.Code;
import org.attune.model.Coding;

/** A coding in words, for hover labels and lists: "Narrative (anna)", with level, span and memo. */
final class CodingLabel {

    private CodingLabel() {
    }

    static String of(Coding coding, SessionView session) {
        Code code = session.code(coding.codeId()).orElse(null);
        StringBuilder label = new StringBuilder(code == null ? coding.codeId() : code.name());
        if (coding.value() != null) {
            label.append(' ').append(coding.value().toPlainString());
            if (code != null) {
                code.level(coding.value()).filter(l -> l.label() != null && !l.label().isBlank())
                        .ifPresent(l -> label.append(" – ").append(l.label()));
            }
        }
        label.append(" (").append(coding.coder()).append(')');
        var span = coding.span();
        if (span.startTurn() != span.endTurn()) {
            label.append(", turns ").append(span.startTurn()).append('–').append(span.endTurn());
        } else if (code != null && session.transcript() != null
                && !span.isWholeTurn(session.transcript().turn(span.startTurn()).codePoints())) {
            label.append(", characters ").append(span.startOffset()).append('–').append(span.endOffset());
        }
        if (coding.memo() != null) {
            label.append(": ").append(coding.memo());
        }
        return label.toString();
    }
}
