package org.attune.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One numbered step of the schema, as SQL kept in {@code migrations/NNN-name.sql} beside this class.
 * Statements end with a semicolon at the end of a line.
 */
record Migration(int version, String name) {

    String resource() {
        return String.format(Locale.ROOT, "migrations/%03d-%s.sql", version, name);
    }

    List<String> statements() {
        try (InputStream in = Migration.class.getResourceAsStream(resource())) {
            if (in == null) {
                throw new IllegalStateException("migration " + resource() + " is missing from the build");
            }
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.lines().toList()) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration ends without a semicolon: " + current);
        }
        return statements;
    }
}
