package org.attune.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The floor under any reader: read the file's bytes, decode them as UTF-8 and split the text into
 * lines, keeping them, and nothing more. A Word document is a ZIP archive, so for it the floor is
 * reading the archive, inflating {@code word/document.xml}, decoding it and splitting it at the
 * table rows' ends ({@code </w:tr>}): no XML parsing.
 */
final class ReadSplitBaseline {

    private ReadSplitBaseline() {
    }

    /** Reads and splits the file; returns how many pieces it found. */
    static int run(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (file.getFileName().toString().endsWith(".docx")) {
            return split(new String(documentXml(file, bytes), StandardCharsets.UTF_8), "</w:tr>").size();
        }
        return new String(bytes, StandardCharsets.UTF_8).lines().toList().size();
    }

    private static byte[] documentXml(Path file, byte[] archive) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new UncheckedIOException(new IOException(file + " has no word/document.xml"));
    }

    private static List<String> split(String text, String separator) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
            pieces.add(text.substring(from, at));
            from = at + separator.length();
        }
        pieces.add(text.substring(from));
        return pieces;
    }
}
