package org.attune.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.model.Role;
import org.attune.model.Span;
import org.attune.model.Transcript;
import org.attune.model.Turn;

/**
 * A transcript as the plain text of a REFI-QDA source: one turn after another, separated by a
 * blank line, each {@code [00:01:02.5 - 00:01:09] Speaker: text}, with LF line breaks only. The
 * source's description carries what the text alone cannot say for sure (each speaker's role and
 * where each turn starts), in lines Attune reads back; other tools show them as a note.
 */
public final class TranscriptLayout {

    static final String FIRST_LINE = "Attune transcript. The lines below let Attune read the turns back; please leave them as they are.";
    private static final String SPEAKER = "Speaker ";
    private static final String TURN_STARTS = "Turn starts:";
    private static final String SEPARATOR = "\n\n";

    private final String text;
    /** Where each turn's text (after its label) starts, in code points. */
    private final int[] textStarts;
    /** Where each turn's line (its label) starts, in code points. */
    private final int[] lineStarts;
    private final String description;

    private TranscriptLayout(String text, int[] textStarts, int[] lineStarts, String description) {
        this.text = text;
        this.textStarts = textStarts;
        this.lineStarts = lineStarts;
        this.description = description;
    }

    /** Lays out a transcript. */
    public static TranscriptLayout of(Transcript transcript) {
        StringBuilder out = new StringBuilder();
        int codePoints = 0;
        int n = transcript.turns().size();
        int[] textStarts = new int[n];
        int[] lineStarts = new int[n];
        Map<String, Role> roles = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Turn turn = transcript.turns().get(i);
            if (i > 0) {
                out.append(SEPARATOR);
                codePoints += SEPARATOR.length();
            }
            lineStarts[i] = codePoints;
            String label = label(turn);
            out.append(label);
            codePoints += label.codePointCount(0, label.length());
            textStarts[i] = codePoints;
            out.append(turn.text());
            codePoints += turn.codePoints();
            roles.putIfAbsent(turn.speaker(), turn.role());
        }
        out.append('\n');
        StringBuilder description = new StringBuilder(FIRST_LINE).append('\n');
        description.append("Transcript: ").append(transcript.name()).append('\n');
        description.append("Imported from: ").append(transcript.sourceFile()).append(" (").append(transcript.sourceFormat())
                .append(")\n");
        roles.forEach((speaker, role) -> description.append(SPEAKER).append(role.label()).append(": ").append(speaker).append('\n'));
        description.append(TURN_STARTS);
        for (int start : lineStarts) {
            description.append(' ').append(start);
        }
        return new TranscriptLayout(out.toString(), textStarts, lineStarts, description.toString());
    }

    public String text() {
        return text;
    }

    public String description() {
        return description;
    }

    /** Where a point of a span (turn from 1, offset in code points) lies in the text. */
    public int position(int turn, int offset) {
        return textStarts[turn - 1] + offset;
    }

    /** The span's start and end in the text, in code points, end exclusive. */
    public int[] positions(Span span) {
        return new int[] {position(span.startTurn(), span.startOffset()), position(span.endTurn(), span.endOffset())};
    }

    private static String label(Turn turn) {
        StringBuilder label = new StringBuilder();
        if (turn.startMs() != null) {
            label.append('[').append(time(turn.startMs()));
            if (turn.endMs() != null) {
                label.append(" - ").append(time(turn.endMs()));
            }
            label.append("] ");
        }
        return label.append(turn.speaker()).append(": ").toString();
    }

    /** 01:02:03, or 01:02:03.450 when there are milliseconds. */
    static String time(long ms) {
        long s = ms / 1000;
        String time = String.format("%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        return ms % 1000 == 0 ? time : time + String.format(".%03d", ms % 1000);
    }

    static long parseTime(String time) {
        String[] parts = time.strip().split(":");
        if (parts.length != 3) {
            throw new NumberFormatException(time);
        }
        String[] seconds = parts[2].split("\\.");
        long ms = (Long.parseLong(parts[0]) * 3600 + Long.parseLong(parts[1]) * 60 + Long.parseLong(seconds[0])) * 1000;
        return seconds.length > 1 ? ms + Long.parseLong(seconds[1]) : ms;
    }

    /** The speakers' roles a source's description gives, by speaker, when Attune wrote it. */
    public static Map<String, Role> roles(String description) {
        Map<String, Role> roles = new LinkedHashMap<>();
        if (!description.startsWith(FIRST_LINE)) {
            return roles;
        }
        for (String line : description.split("\n")) {
            if (line.startsWith(SPEAKER)) {
                int colon = line.indexOf(": ");
                Role role = colon < 0 ? null : Role.fromLabel(line.substring(SPEAKER.length(), colon));
                if (role != null) {
                    roles.put(line.substring(colon + 2), role);
                }
            }
        }
        return roles;
    }

    /**
     * The turns exactly as Attune laid them out, when the description says where they start and the
     * text still has them there; empty when the text was written by another tool or changed since.
     */
    public static Optional<SourceTurns> read(String text, String description) {
        if (!description.startsWith(FIRST_LINE)) {
            return Optional.empty();
        }
        Map<String, Role> roles = roles(description);
        List<Integer> starts = new ArrayList<>();
        for (String line : description.split("\n")) {
            if (line.startsWith(TURN_STARTS)) {
                for (String number : line.substring(TURN_STARTS.length()).trim().split("\\s+")) {
                    if (!number.isEmpty()) {
                        try {
                            starts.add(Integer.parseInt(number));
                        } catch (NumberFormatException e) {
                            return Optional.empty();
                        }
                    }
                }
            }
        }
        int length = text.codePointCount(0, text.length());
        if (starts.isEmpty() || !text.endsWith("\n")) {
            return Optional.empty();
        }
        List<SourceTurn> turns = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int lineStart = starts.get(i);
            int lineEnd = i + 1 < starts.size() ? starts.get(i + 1) - SEPARATOR.length() : length - 1;
            if (lineStart < 0 || lineEnd < lineStart || lineEnd > length) {
                return Optional.empty();
            }
            int from = text.offsetByCodePoints(0, lineStart);
            int to = text.offsetByCodePoints(from, lineEnd - lineStart);
            if (i + 1 < starts.size() && !text.startsWith(SEPARATOR, to) || i + 1 == starts.size() && to != text.length() - 1) {
                return Optional.empty();
            }
            SourceTurn turn = turn(text, from, to, roles);
            if (turn == null) {
                return Optional.empty();
            }
            turns.add(turn);
        }
        return Optional.of(SourceTurns.exact(text, turns));
    }

    /** One turn's line: the optional times, a speaker the description names, ": ", the text. */
    private static SourceTurn turn(String text, int from, int to, Map<String, Role> roles) {
        String line = text.substring(from, to);
        Long start = null;
        Long end = null;
        int at = 0;
        if (line.startsWith("[")) {
            int close = line.indexOf("] ");
            if (close < 0) {
                return null;
            }
            String[] times = line.substring(1, close).split(" - ");
            try {
                start = parseTime(times[0]);
                end = times.length > 1 ? parseTime(times[1]) : null;
            } catch (NumberFormatException e) {
                return null;
            }
            at = close + 2;
        }
        String speaker = null;
        for (String name : roles.keySet()) {
            if (line.startsWith(name + ": ", at) && (speaker == null || name.length() > speaker.length())) {
                speaker = name;
            }
        }
        if (speaker == null) {
            return null;
        }
        int textFrom = at + speaker.length() + 2;
        String turnText = line.substring(textFrom);
        return new SourceTurn(speaker, start, end, turnText, new int[] {from + textFrom}, new int[] {0},
                new int[] {turnText.length()});
    }
}
