package org.attune.transcript;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The transcript formats Attune reads, each with its file extensions and its reader. */
public enum TranscriptFormat {
    TXT(new PlainTextReader(), "txt", "text"),
    DOCX(new DocxReader(), "docx"),
    VTT(new WebVttReader(), "vtt"),
    SRT(new SrtReader(), "srt"),
    CSV(new DelimitedTextReader(), "csv", "tsv", "tab");

    private final TranscriptReader reader;
    private final List<String> extensions;

    TranscriptFormat(TranscriptReader reader, String... extensions) {
        this.reader = reader;
        this.extensions = List.of(extensions);
    }

    public TranscriptReader reader() {
        return reader;
    }

    /** The lower-case name used on the command line and in the project file. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a file name's extension stands for, if any. */
    public static Optional<TranscriptFormat> byExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (TranscriptFormat format : values()) {
            if (format.extensions.contains(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** Parses a label as given on the command line (txt, docx, vtt, srt, csv, or tsv for csv). */
    public static TranscriptFormat fromLabel(String label) {
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        for (TranscriptFormat format : values()) {
            if (format.label().equals(wanted) || format.extensions.contains(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + label + "': expected txt, docx, vtt, srt or csv");
    }
}
