package org.attune.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.attune.model.Transcript;
import org.attune.model.Turn;
import org.attune.transcript.ContentHash;

/**
 * Compares what Attune stored with what the generated file says, turn by turn: speaker, role,
 * text and the times the format keeps. Each kind of difference is described once, with its count
 * and first example, so that a benchmark can say whether it measured a correct import.
 */
final class ImportedTurnsCheck {

    private ImportedTurnsCheck() {
    }

    /** The differences, or an empty list when every turn came back as written. */
    static List<String> differences(List<GeneratedTurn> expected, Transcript imported, TranscriptFileWriter writer) {
        List<String> found = new ArrayList<>();
        List<Turn> turns = imported.turns();
        if (turns.size() != expected.size()) {
            found.add(turns.size() + " turns stored, " + expected.size() + " written");
        }
        int n = Math.min(turns.size(), expected.size());
        Difference speaker = new Difference("speaker");
        Difference role = new Difference("role");
        Difference text = new Difference("text");
        Difference start = new Difference("start time (ms)");
        Difference end = new Difference("end time (ms)");
        for (int i = 0; i < n; i++) {
            GeneratedTurn want = expected.get(i);
            Turn got = turns.get(i);
            speaker.compare(i + 1, want.speaker(), got.speaker());
            role.compare(i + 1, want.role(), got.role());
            text.compare(i + 1, want.text(), got.text());
            start.compare(i + 1, writer.startMs(want), got.startMs());
            end.compare(i + 1, writer.endMs(want), got.endMs());
        }
        for (Difference d : List.of(speaker, role, text, start, end)) {
            d.describe().ifPresent(found::add);
        }
        List<Turn> written = expected.stream()
                .map(t -> new Turn(t.number(), t.speaker(), t.role(), null, null, t.text()))
                .toList();
        if (found.isEmpty() && !ContentHash.of(written).equals(imported.contentHash())) {
            found.add("the content hash differs from the hash of the turns as written");
        }
        return found;
    }

    private static final class Difference {
        private final String what;
        private int count;
        private String first;

        Difference(String what) {
            this.what = what;
        }

        void compare(int turn, Object expected, Object actual) {
            if (!Objects.equals(expected, actual)) {
                if (count++ == 0) {
                    first = "turn " + turn + ": expected " + abbreviate(expected) + ", stored " + abbreviate(actual);
                }
            }
        }

        Optional<String> describe() {
            return count == 0 ? Optional.empty()
                    : Optional.of(what + " differs in " + count + " turns (first: " + first + ")");
        }

        private static String abbreviate(Object value) {
            if (value == null) {
                return "nothing";
            }
            String text = value.toString().replace("\n", "\\n");
            return "'" + (text.length() <= 60 ? text : text.substring(0, 57) + "...") + "'";
        }
    }
}
