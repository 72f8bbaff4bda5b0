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
import org.attune.model.TurnStretch;

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
        return problem(codebook, coding, Turns.of(transcript));
    }

    /**
     * {@link #problem(Codebook, Coding, Transcript)} from only the turns the coding's span covers,
     * read without the rest of the transcript (a stretch that lacks some of them is a span past its end).
     */
    static Optional<String> problem(Codebook codebook, Coding coding, TurnStretch turns) {
        return problem(codebook, coding, Turns.of(turns));
    }

    private static Optional<String> problem(Codebook codebook, Coding coding, Turns transcript) {
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

    /** The turns the rules look at: how many a transcript has, and any of them by number. */
    private interface Turns {
        String name();

        int count();

        Turn turn(int number);

        static Turns of(Transcript transcript) {
            return new Turns() {
                public String name() {
                    return transcript.name();
                }

                public int count() {
                    return transcript.turns().size();
                }

                public Turn turn(int number) {
                    return transcript.turn(number);
                }
            };
        }

        static Turns of(TurnStretch stretch) {
            return new Turns() {
                public String name() {
                    return stretch.transcript().name();
                }

                public int count() {
                    return stretch.transcript().turnCount();
                }

                public Turn turn(int number) {
                    return stretch.turn(number);
                }
            };
        }
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
        return spanProblem(span, Turns.of(transcript));
    }

    private static Optional<String> spanProblem(Span span, Turns transcript) {
        int turns = transcript.count();
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
