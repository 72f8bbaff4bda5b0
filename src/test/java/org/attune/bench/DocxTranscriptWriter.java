package org.attune.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A Word document with a title and a {@code Time | Speaker | Text} table, as transcription services deliver them (Apache POI). */
final class DocxTranscriptWriter implements TranscriptFileWriter {

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public void write(List<GeneratedTurn> turns, Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph title = document.createParagraph();
            XWPFRun titleRun = title.createRun();
            titleRun.setBold(true);
            titleRun.setText("Session 1 – generated for the import benchmark");
            document.createParagraph().createRun().setText("Verbatim transcript; names changed.");

            XWPFTable table = document.createTable();
            XWPFTableRow header = table.getRow(0);
            header.getCell(0).setText("Time");
            header.addNewTableCell().setText("Speaker");
            header.addNewTableCell().setText("Text");
            for (GeneratedTurn turn : turns) {
                XWPFTableRow row = table.createRow();
                row.getCell(0).setText(ClockTime.seconds(turn.startMs()));
                row.getCell(1).setText(turn.speaker());
                row.getCell(2).setText(turn.text());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                document.write(out);
            }
        }
    }

    @Override
    public Long startMs(GeneratedTurn turn) {
        return turn.startMs() / 1000 * 1000;
    }

    @Override
    public Long endMs(GeneratedTurn turn) {
        return null;
    }
}
