package org.attune.workbench;

import java.math.BigDecimal;
import java.util.Optional;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.Span;
import org.attune.model.Transcript;
import org.attune.model.Turn;

/**
 * The rules a coding must keep, whoever makes it (the window, an import, a codebook change): the
 * code exists, the span lies within the transcript, every turn it covers is of a role the code's
 * group applies to, and a scale code carries one of its levels while a flag carries none.
 * Exclusive groups are the caller's to keep, as applying a code there replaces the other.
 */
final class CodingRules {

    private CodingRules() {
    }

    /** What is wrong with a coding under a codebook, or empty when nothing is. */
    static Optional<String> problem(Codebook codebook, Coding coding, Transcript transcript) {
        Optional<Code> found = codebook.code(coding.codeId());
        if (found.isEmpty()) {
            return Optional.of("there is no code '" + coding.codeId() + "' in the codebook");
        }
        Code code = found.get();
        CodeGroup group = codebook.groupOf(code.id()).orElseThrow();
        Optional<String> span = spanProblem(coding.span(), transcript);
        if (span.isPresent()) {
            return span;
        }
        for (int t = coding.span().startTurn(); t <= coding.span().endTurn(); t++) {
            Turn turn = transcript.turn(t);
            if (!group.appliesTo().fits(turn.role())) {
                return Optional.of("code '" + code.id() + "' is for " + group.appliesTo().label() + " turns (group '"
                        + group.id() + "'), and turn " + t + " of " + transcript.name() + " is the " + turn.role().label()
                        + "'s (" + turn.speaker() + ")");
            }
        }
        return valueProblem(code, coding.value());
    }

    /** What is wrong with a value for a code, or empty. */
    static Optional<String> valueProblem(Code code, BigDecimal value) {
        if (code.isScale()) {
            if (value == null) {
                return Optional.of("code '" + code.id() + "' is a scale: give a level (" + levels(code) + ")");
            }
            if (code.level(value).isEmpty()) {
                return Optional.of(value.toPlainString() + " is not a level of code '" + code.id() + "' (" + levels(code) + ")");
            }
        } else if (value != null) {
            return Optional.of("code '" + code.id() + "' is a flag and takes no value (found " + value.toPlainString() + ")");
        }
        return Optional.empty();
    }

    static Optional<String> spanProblem(Span span, Transcript transcript) {
        int turns = transcript.turns().size();
        if (span.endTurn() > turns) {
            return Optional.of(transcript.name() + " has turns 1 to " + turns + ", not " + span.endTurn());
        }
        int startLength = transcript.turn(span.startTurn()).codePoints();
        int endLength = transcript.turn(span.endTurn()).codePoints();
        if (span.startOffset() >= Math.max(1, startLength)) {
            return Optional.of("turn " + span.startTurn() + " of " + transcript.name() + " is " + startLength
                    + " characters long: a span cannot start at " + span.startOffset());
        }
        if (span.endOffset() > Math.max(1, endLength)) {
            return Optional.of("turn " + span.endTurn() + " of " + transcript.name() + " is " + endLength
                    + " characters long: a span cannot end at " + span.endOffset());
        }
        return Optional.empty();
    }

    private static String levels(Code code) {
        return String.join(", ", code.levels().stream().map(l -> l.valueText()).toList());
    }
}
