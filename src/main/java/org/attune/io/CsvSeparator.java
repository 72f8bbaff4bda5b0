package org.attune.io;

import java.util.Locale;

/**
 * The separator of a delimited text file: a tab for .tsv and .tab files, otherwise whichever of
 * comma, semicolon (Excel in much of Europe) and tab its first line uses most.
 */
public final class CsvSeparator {

    private CsvSeparator() {
    }

    public static char of(String fileName, String text) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tsv") || lower.endsWith(".tab")) {
            return '\t';
        }
        String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        long tabs = header.chars().filter(c -> c == '\t').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
