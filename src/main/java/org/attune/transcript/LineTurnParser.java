package org.attune.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds turns in lines of text, as plain-text transcripts and Word paragraphs write them:
 *
 * <pre>
 * Therapist: How has the week been?
 * [00:01:23] Client: Long. Very long.
 * (01:30) T: Mm.
 * 00:01:41.250 Dr Lee: And today?
 * Dr Lee (00:01:41): And today?
 * </pre>
 *
 * and in the Otter.ai style, a speaker and a time alone on a line with the words below:
 *
 * <pre>
 * Hannah Reid  0:04
 * How has the week been?
 * </pre>
 *
 * Lines without a label continue the current turn: a wrapped line joins with a space, a new
 * paragraph (after a blank line, or the next Word paragraph) with a line break. A time alone on
 * a line is the start of the next turn. Lines before the first label are skipped with a warning.
 */
final class LineTurnParser {

    private static final Pattern LABELLED = Pattern.compile(
            "^\\s*(?:" + Timestamps.BRACKETED + "\\s*|(" + Timestamps.TIME + ")\\s+)?"
                    + "(" + SpeakerLabel.LABEL + ")\\s*(?:" + Timestamps.BRACKETED + "\\s*)?:\\s*(.*)$");
    private static final int L_BRACKET_START = 1;
    private static final int L_BARE_START = 3;
    private static final int L_SPEAKER = 4;
    private static final int L_AFTER_LABEL_START = 5;
    private static final int L_TEXT = 7;

    private static final Pattern OTTER_HEADER = Pattern.compile(
            "^\\s*(" + SpeakerLabel.LABEL + ")\\s+(" + Timestamps.TIME + ")\\s*$");

    private static final Pattern TIME_ONLY = Pattern.compile(
            "^\\s*(?:" + Timestamps.BRACKETED + "|(" + Timestamps.TIME + "))\\s*$");

    private final String fileName;
    private final String lineWord;
    private final TranscriptReader.TurnSink sink;
    private final List<String> warnings = new ArrayList<>();
    private int turns;

    private String speaker;
    private Long start;
    private StringBuilder text;
    private int turnLine;
    private boolean paragraphBreak;
    private Long pendingStart;
    private int firstSkipped = -1;
    private int lastSkipped = -1;

    /**
     * @param fileName for messages
     * @param lineWord what a numbered line is called in messages: "line" or "paragraph"
     */
    LineTurnParser(String fileName, String lineWord, TranscriptReader.TurnSink sink) {
        this.fileName = fileName;
        this.lineWord = lineWord;
        this.sink = sink;
    }

    /** Reads the lines of a text one behind, as each line needs a look at the next; returns the warnings. */
    static List<String> parse(String fileName, String text, TranscriptReader.TurnSink sink) {
        LineTurnParser parser = new LineTurnParser(fileName, "line", sink);
        String[] held = {null};
        int[] heldNumber = {0};
        TextLines.forEach(text, (number, line) -> {
            if (held[0] != null) {
                parser.line(heldNumber[0], held[0], line);
            }
            held[0] = line;
            heldNumber[0] = number;
        });
        if (held[0] != null) {
            parser.line(heldNumber[0], held[0], "");
        }
        return parser.finish();
    }

    /**
     * Reads one line.
     *
     * @param number its number in messages
     * @param line the line
     * @param nextLine the line after it, or "" at the end: an Otter.ai header needs words below it
     */
    void line(int number, String line, String nextLine) {
        if (line.isBlank()) {
            paragraphBreak = true;
            return;
        }
        // Every form but a continuation has a colon (in the label or the time): most long lines skip the patterns.
        if (line.indexOf(':') < 0) {
            continueTurn(number, line);
            return;
        }
        if (endsWithDigit(line)) {
            Matcher otter = OTTER_HEADER.matcher(line);
            if (otter.matches() && SpeakerLabel.plausible(otter.group(1)) && !nextLine.isBlank()) {
                startTurn(number, otter.group(1), parseTime(number, otter.group(2)), "");
                return;
            }
        }
        Matcher labelled = LABELLED.matcher(line);
        if (labelled.matches() && SpeakerLabel.plausible(labelled.group(L_SPEAKER))) {
            String time = firstNonNull(labelled.group(L_BRACKET_START), labelled.group(L_BARE_START),
                    labelled.group(L_AFTER_LABEL_START));
            Long lineStart = time == null ? pendingStart : Long.valueOf(parseTime(number, time));
            startTurn(number, labelled.group(L_SPEAKER), lineStart, labelled.group(L_TEXT));
            return;
        }
        Matcher timeOnly = TIME_ONLY.matcher(line);
        if (timeOnly.matches()) {
            pendingStart = parseTime(number, firstNonNull(timeOnly.group(1), timeOnly.group(3)));
            return;
        }
        continueTurn(number, line);
    }

    /** Marks the end of a paragraph: the next unlabelled line starts a new paragraph of the turn. */
    void paragraphEnd() {
        paragraphBreak = true;
    }

    /** Ends the reading: hands over the last turn and returns the warnings. */
    List<String> finish() {
        flush();
        if (firstSkipped > 0) {
            warnings.add(0, fileName + ": " + lineRange() + " before the first speaker label "
                    + (firstSkipped == lastSkipped ? "was" : "were") + " skipped");
        }
        if (turns == 0) {
            throw new TranscriptFormatException(fileName, null,
                    "no turns found: expected lines that start with a speaker label, such as 'Therapist: How are you?' "
                            + "or '[00:01:23] Client: Fine.'");
        }
        return warnings;
    }

    private String lineRange() {
        return firstSkipped == lastSkipped
                ? lineWord + " " + firstSkipped
                : lineWord + "s " + firstSkipped + "-" + lastSkipped;
    }

    private void startTurn(int number, String label, Long time, String firstText) {
        flush();
        speaker = SpeakerLabel.normalise(label);
        start = time;
        text = new StringBuilder(firstText.strip());
        turnLine = number;
        paragraphBreak = false;
        pendingStart = null;
    }

    private void continueTurn(int number, String line) {
        if (speaker == null) {
            if (firstSkipped < 0) {
                firstSkipped = number;
            }
            lastSkipped = number;
            return;
        }
        if (!text.isEmpty()) {
            text.append(paragraphBreak ? "\n" : " ");
        }
        text.append(line.strip());
        paragraphBreak = false;
    }

    private void flush() {
        if (speaker == null) {
            return;
        }
        String words = text.toString().strip();
        if (words.isEmpty()) {
            warnings.add(fileName + ", " + lineWord + " " + turnLine + ": " + speaker + " says nothing; skipped");
        } else {
            sink.accept(new Utterance(speaker, start, null, words, null, turnLine));
            turns++;
        }
        speaker = null;
    }

    private long parseTime(int number, String time) {
        try {
            return Timestamps.parse(time);
        } catch (IllegalArgumentException e) {
            throw new TranscriptFormatException(fileName, lineWord + " " + number,
                    "expected a time such as 00:01:23 or 01:23.450, found '" + time + "'");
        }
    }

    private static boolean endsWithDigit(String line) {
        int i = line.length() - 1;
        while (i >= 0 && Character.isWhitespace(line.charAt(i))) {
            i--;
        }
        return i >= 0 && Character.isDigit(line.charAt(i));
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
