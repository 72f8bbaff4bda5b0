package org.attune.bench;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table: a header row and rows of cells, the numeric columns aligned right. */
public final class MarkdownTable {

    private final List<String> header;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param header the column names; a name ending in {@code >} is a right-aligned (numeric)
     *     column, written without the {@code >}
     */
    public MarkdownTable(String... header) {
        this.header = new ArrayList<>();
        this.rightAligned = new boolean[header.length];
        for (int i = 0; i < header.length; i++) {
            rightAligned[i] = header[i].endsWith(">");
            this.header.add(rightAligned[i] ? header[i].substring(0, header[i].length() - 1) : header[i]);
        }
    }

    public MarkdownTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(String.valueOf(cell).replace("|", "\\|"));
        }
        rows.add(row);
        return this;
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", header)).append(" |\n|");
        for (boolean right : rightAligned) {
            out.append(right ? " ---: |" : " --- |");
        }
        out.append('\n');
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return out.toString();
    }
}
