package org.attune.transcript;

import java.util.List;
import org.attune.model.Role;

/**
 * Builds turns from the rows of a table with known {@link TranscriptColumns}: one row, one turn. A
 * row with an empty speaker cell continues the turn above it, as when a long turn spans rows.
 */
final class TableTurns {

    private final String fileName;
    private final TranscriptColumns columns;
    private final TranscriptReader.TurnSink sink;
    /** The turn of the last row, held until a row with a speaker shows that no more rows continue it. */
    private Utterance held;
    private int turns;

    TableTurns(String fileName, TranscriptColumns columns, TranscriptReader.TurnSink sink) {
        this.fileName = fileName;
        this.columns = columns;
        this.sink = sink;
    }

    /**
     * Adds a row.
     *
     * @param line the row's line number (or row number), kept with the turn
     * @param location where the row is, for messages: "line 12", "table 1, row 12"
     */
    void row(int line, String location, List<String> cells) {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        if (cells.size() < columns.requiredWidth()) {
            throw new TranscriptFormatException(fileName, location, "expected at least " + columns.requiredWidth()
                    + " cells (" + String.join(", ", columns.header().subList(0, columns.requiredWidth()))
                    + "), found " + cells.size());
        }
        String speaker = SpeakerLabel.normalise(cells.get(columns.speaker()));
        String text = cells.get(columns.text()).strip();
        Long start = time(cells, columns.start(), location);
        Long end = time(cells, columns.end(), location);
        if (start != null && end != null && end < start) {
            throw new TranscriptFormatException(fileName, location, "the turn ends (" + cells.get(columns.end()).strip()
                    + ") before it starts (" + cells.get(columns.start()).strip() + ")");
        }
        if (speaker.isEmpty()) {
            continuePrevious(location, text, end);
            return;
        }
        if (text.isEmpty()) {
            return;
        }
        hand(new Utterance(speaker, start, end, text, roleHint(cells, location), line));
    }

    /** Hands over the last turn; returns how many turns the table had. */
    int finish() {
        hand(null);
        return turns;
    }

    private void hand(Utterance next) {
        if (held != null) {
            sink.accept(held);
            turns++;
        }
        held = next;
    }

    private void continuePrevious(String location, String text, Long end) {
        if (text.isEmpty()) {
            return;
        }
        if (held == null) {
            throw new TranscriptFormatException(fileName, location, "expected a speaker in column '"
                    + columns.header().get(columns.speaker()).strip() + "' of the first row");
        }
        held = new Utterance(held.speaker(), held.startMs(), end != null ? end : held.endMs(),
                held.text() + "\n" + text, held.roleHint(), held.line());
    }

    private Role roleHint(List<String> cells, String location) {
        if (columns.role() < 0 || columns.role() >= cells.size() || cells.get(columns.role()).isBlank()) {
            return null;
        }
        String value = cells.get(columns.role()).strip();
        Role role = SpeakerRoles.commonRole(value);
        if (role == null) {
            throw new TranscriptFormatException(fileName, location, "expected a role (therapist, client or other) in column '"
                    + columns.header().get(columns.role()).strip() + "', found '" + value + "'");
        }
        return role;
    }

    private Long time(List<String> cells, int column, String location) {
        if (column < 0 || column >= cells.size() || cells.get(column).isBlank()) {
            return null;
        }
        String value = cells.get(column).strip();
        try {
            if (value.indexOf(':') >= 0) {
                int from = value.charAt(0) == '[' || value.charAt(0) == '(' ? 1 : 0;
                int to = value.endsWith("]") || value.endsWith(")") ? value.length() - 1 : value.length();
                return Timestamps.parse(value, from, Math.max(from, to));
            }
            double number = Double.parseDouble(value);
            // Past a million hours is not a session time; it would also overflow milliseconds.
            if (!(number >= 0 && number < 3.6e9)) {
                throw new NumberFormatException();
            }
            return columns.inMilliseconds(column) ? Math.round(number) : Math.round(number * 1000);
        } catch (IllegalArgumentException e) {
            throw new TranscriptFormatException(fileName, location, "expected a time such as 00:01:23.450 or a number of "
                    + (columns.inMilliseconds(column) ? "milliseconds" : "seconds") + " in column '"
                    + columns.header().get(column).strip() + "', found '" + CueTiming.abbreviate(value) + "'");
        }
    }
}
