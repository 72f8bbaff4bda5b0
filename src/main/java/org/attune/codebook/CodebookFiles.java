package org.attune.codebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.attune.io.AtomicFile;
import org.attune.io.InputFile;
import org.attune.io.UnreadableFileException;
import org.attune.model.AttuneException;
import org.attune.model.Codebook;

/**
 * Codebook files of every kind Attune reads and writes, told apart by their extension: YAML
 * ({@code .yaml}, {@code .yml}), REFI-QDA ({@code .qdc}), spreadsheets ({@code .xlsx}, {@code .csv},
 * {@code .tsv}), and, for writing only, the coding manual ({@code .docx}).
 */
public final class CodebookFiles {

    /** Larger than any codebook; a file this size is the wrong file. */
    private static final long MAX_BYTES = 32L * 1024 * 1024;

    /** The extensions that can be read, for messages. */
    public static final List<String> READABLE = List.of("yaml", "yml", "qdc", "xlsx", "csv", "tsv");
    /** The extensions that can be written. */
    public static final List<String> WRITABLE = List.of("yaml", "yml", "qdc", "xlsx", "docx");

    private CodebookFiles() {
    }

    /**
     * Reads a codebook file.
     *
     * @throws CodebookFormatException with every problem found, or {@link AttuneException} when the file cannot be read
     */
    public static ReadCodebook read(Path file) {
        String name = file.getFileName().toString();
        byte[] content = content(file);
        return switch (extension(name)) {
            case "yaml", "yml" -> new ReadCodebook(CodebookYaml.read(name, utf8(content)), List.of());
            case "qdc" -> QdcCodebook.read(name, content);
            case "xlsx", "csv", "tsv" -> SpreadsheetCodebook.read(name, content);
            default -> throw new AttuneException(name + ": not a codebook file Attune reads: expected "
                    + String.join(", ", READABLE.stream().map(e -> "." + e).toList()));
        };
    }

    /** Every problem of a codebook file, for {@code attune codebook check}; empty when it is fine. */
    public static List<CodebookProblem> check(Path file) {
        String name = file.getFileName().toString();
        byte[] content = content(file);
        if (extension(name).equals("yaml") || extension(name).equals("yml")) {
            return CodebookYaml.check(utf8(content));
        }
        try {
            read(file);
            return List.of();
        } catch (CodebookFormatException e) {
            return e.problems();
        }
    }

    /** Writes a codebook in the format the file's extension names. */
    public static void write(Codebook codebook, Path file) {
        String name = file.getFileName().toString();
        byte[] bytes = switch (extension(name)) {
            case "yaml", "yml" -> CodebookYaml.write(codebook).getBytes(StandardCharsets.UTF_8);
            case "qdc" -> QdcCodebook.write(codebook);
            case "xlsx" -> SpreadsheetCodebook.writeXlsx(codebook);
            case "docx" -> CodingManual.docx(codebook);
            default -> throw new AttuneException(name + ": Attune writes codebooks as "
                    + String.join(", ", WRITABLE.stream().map(e -> "." + e).toList()));
        };
        try {
            AtomicFile.write(file, out -> out.write(bytes));
        } catch (IOException e) {
            throw new AttuneException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] content(Path file) {
        try {
            return InputFile.read(file, MAX_BYTES);
        } catch (UnreadableFileException e) {
            throw new AttuneException(file + ": " + e.getMessage(), e);
        }
    }

    private static String utf8(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
