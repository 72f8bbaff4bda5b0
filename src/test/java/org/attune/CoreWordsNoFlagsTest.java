package org.attune;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core words no command-line flag: a problem it reports is a typed value (or a sentence that
 * names no face), and the command line says "--force" where the window offers a button. Reads the
 * string literals of the core's sources, skipping comments, so javadoc may still mention a flag.
 */
class CoreWordsNoFlagsTest {

    /** The packages below the faces. */
    static final List<String> CORE = List.of("workbench", "store", "codebook", "model", "agreement", "analysis", "index",
            "transcript", "exchange", "io");

    /** A flag as the command line spells it: two dashes and a letter. */
    static final Pattern FLAG = Pattern.compile("--[a-z]");

    /** A string literal of a source file, with the line it starts on. */
    record Literal(int line, String text) {
    }

    /** The string literals (and text blocks) of Java source, in order; comments and char literals are skipped. */
    static List<Literal> literals(String source) {
        List<Literal> found = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end + 3;
                found.add(new Literal(line, source.substring(i + 3, Math.max(i + 3, end - 3))));
                line += count(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                StringBuilder text = new StringBuilder();
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    if (source.charAt(j) == '\\' && j + 1 < n) {
                        text.append(source.charAt(j)).append(source.charAt(j + 1));
                        j += 2;
                    } else {
                        text.append(source.charAt(j++));
                    }
                }
                if (c == '"') {
                    found.add(new Literal(line, text.toString()));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    private static int count(String text, int from, int to) {
        int lines = 0;
        for (int k = from; k < Math.min(to, text.length()); k++) {
            if (text.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** Every string literal of the core's sources that names a flag, as "file:line: text". */
    static List<String> flagsInCore(Path sources) {
        List<String> named = new ArrayList<>();
        for (String pkg : CORE) {
            Path dir = sources.resolve("org/attune").resolve(pkg);
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    for (Literal literal : literals(Files.readString(file))) {
                        if (FLAG.matcher(literal.text()).find()) {
                            named.add(sources.relativize(file) + ":" + literal.line() + ": \"" + literal.text() + "\"");
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return named;
    }

    @Test
    void noStringOfTheCoreNamesAFlag() {
        assertThat(flagsInCore(Path.of("src/main/java"))).as("core strings that name a command-line flag").isEmpty();
    }

    @Test
    void theScanFindsAFlagInAStringButNotInACommentOrInCode() {
        String source = """
                /** Use --force to delete them. */
                class Planted {
                    // --quiet
                    int n = 3; int m = --n;
                    char dash = '-';
                    String said = "refused; use --force to delete those codings";
                    String block = \"""
                            give --coders A,B
                            \""";
                    String fine = "a well-kept -- pause";
                }
                """;
        List<Literal> literals = literals(source);

        assertThat(literals).extracting(Literal::line).containsExactly(6, 7, 10);
        assertThat(literals.stream().filter(l -> FLAG.matcher(l.text()).find()).map(Literal::line)).containsExactly(6, 7);
    }
}
