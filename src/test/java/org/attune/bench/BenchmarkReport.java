package org.attune.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The benchmarks document, {@code docs/benchmarks.md}: several benchmarks write to it, each only
 * its own section, between the marker lines {@code <!-- ID:start -->} and {@code <!-- ID:end -->},
 * so a run of one leaves the figures of the others as they were.
 */
public final class BenchmarkReport {

    /** What the document says on top when a benchmark creates it. */
    static final String INTRO = """
            # Benchmarks

            Figures written by the benchmarks in `src/test/java/org/attune/bench`: programs, not tests,
            that measure Attune on generated data that looks like real sessions, each next to a baseline
            measured in the same run, so that the machine's speed can be told apart from Attune's own cost.
            Regenerate them all with:

                ./mvnw -B -Pbench -DskipTests verify

            Each benchmark runs in a JVM of its own with `-Xmx1g` and rewrites only its own section below,
            between its marker lines. Compare figures from different machines through their baselines.
            """;

    private BenchmarkReport() {
    }

    /**
     * Writes a benchmark's section: replaces what is between its markers, or appends the section
     * when the document has no markers for it yet, or creates the document when there is none.
     *
     * @param id the benchmark's marker name, such as {@code import-benchmark}
     * @param section the section's Markdown, starting with its {@code ##} heading
     * @throws IllegalStateException when the document's markers for this id are broken (one without
     *     the other, out of order, or twice); the document is then left as it was
     */
    public static void writeSection(Path document, String id, String section) throws IOException {
        String existing = Files.exists(document) ? Files.readString(document, StandardCharsets.UTF_8) : null;
        String updated = withSection(existing, id, section);
        Path folder = document.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, document.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, updated, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, document, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, document, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The document's text with the section in place; {@code existing} is null when there is no document yet. */
    static String withSection(String existing, String id, String section) {
        String start = startMarker(id);
        String end = endMarker(id);
        String block = start + "\n" + section.strip() + "\n" + end + "\n";
        if (existing == null || existing.isBlank()) {
            return INTRO + "\n" + block;
        }
        int startAt = lineStart(existing, start);
        int endAt = lineStart(existing, end);
        if (startAt < 0 && endAt < 0) {
            String text = existing.endsWith("\n") ? existing : existing + "\n";
            return text + "\n" + block;
        }
        if (startAt < 0 || endAt < 0 || endAt < startAt
                || lineStart(existing.substring(startAt + start.length()), start) >= 0
                || lineStart(existing.substring(endAt + end.length()), end) >= 0) {
            throw new IllegalStateException("the benchmarks document has broken markers for '" + id + "': expected one line "
                    + start + " followed later by one line " + end + "; mend it by hand (or delete the section) and run again");
        }
        int afterEnd = existing.indexOf('\n', endAt);
        String rest = afterEnd < 0 ? "" : existing.substring(afterEnd + 1);
        return existing.substring(0, startAt) + block + rest;
    }

    static String startMarker(String id) {
        return "<!-- " + id + ":start -->";
    }

    static String endMarker(String id) {
        return "<!-- " + id + ":end -->";
    }

    /** Where a line consisting of the marker (spaces around it allowed) starts, or -1. */
    private static int lineStart(String text, String marker) {
        int from = 0;
        while (true) {
            int at = text.indexOf(marker, from);
            if (at < 0) {
                return -1;
            }
            int lineStart = text.lastIndexOf('\n', at - 1) + 1;
            int lineEnd = text.indexOf('\n', at);
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            if (line.strip().equals(marker)) {
                return lineStart;
            }
            from = at + marker.length();
        }
    }
}
