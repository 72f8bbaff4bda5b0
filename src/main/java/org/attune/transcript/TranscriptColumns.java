package org.attune.transcript;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which columns of a table hold the speaker, the text, the times and the role, as named by its
 * header row. Shared by CSV/TSV files and tables in Word documents, so both accept the same
 * headers: {@code speaker,text}, {@code start,end,speaker,text}, {@code Time | Speaker | Text}...
 *
 * @param speaker index of the speaker column
 * @param text index of the text column
 * @param start index of the start time column, or -1
 * @param end index of the end time column, or -1
 * @param role index of a role column, or -1
 * @param header the header's cells, for messages
 */
record TranscriptColumns(int speaker, int text, int start, int end, int role, List<String> header) {

    private static final Set<String> SPEAKER = Set.of("speaker", "speakername", "speakerlabel", "name", "participant",
            "who", "spk", "person", "voice");
    private static final Set<String> TEXT = Set.of("text", "utterance", "utterancetext", "transcript", "transcription",
            "content", "dialogue", "dialog", "words", "sentence", "caption", "speech", "turn", "turntext", "message");
    private static final Set<String> START = Set.of("start", "starttime", "startms", "startmillis", "begin", "begintime",
            "from", "time", "timestamp", "timecode", "tc", "in");
    private static final Set<String> END = Set.of("end", "endtime", "endms", "endmillis", "stop", "stoptime", "to", "out");
    private static final Set<String> ROLE = Set.of("role", "speakerrole");

    /** The columns a header names, or empty when it names no speaker or no text column. */
    static Optional<TranscriptColumns> fromHeader(List<String> header) {
        int speaker = find(header, SPEAKER);
        int text = find(header, TEXT);
        if (speaker < 0 || text < 0 || speaker == text) {
            return Optional.empty();
        }
        return Optional.of(new TranscriptColumns(speaker, text, find(header, START), find(header, END),
                find(header, ROLE), List.copyOf(header)));
    }

    /** Says what is missing from a header that {@link #fromHeader} refused. */
    static String whatIsMissing(List<String> header) {
        boolean noSpeaker = find(header, SPEAKER) < 0;
        boolean noText = find(header, TEXT) < 0;
        String missing = noSpeaker && noText ? "no speaker column and no text column"
                : noSpeaker ? "no speaker column" : "no text column";
        return missing + " in the header (found: " + String.join(", ", header.stream().map(String::strip).toList())
                + "): expected a header row such as 'speaker,text' or 'start,end,speaker,text'";
    }

    /** The number of cells a row needs to hold the speaker and the text. */
    int requiredWidth() {
        return Math.max(speaker, text) + 1;
    }

    /** Whether the time in a column is in milliseconds ("start_ms") rather than seconds or a clock time. */
    boolean inMilliseconds(int column) {
        String name = normalise(header.get(column));
        return name.endsWith("ms") || name.endsWith("millis") || name.endsWith("milliseconds");
    }

    static String normalise(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int find(List<String> header, Set<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(normalise(header.get(i)))) {
                return i;
            }
        }
        return -1;
    }
}
