package org.attune.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.agreement.AgreementLine;
import org.attune.agreement.AgreementReport;
import org.attune.agreement.Coefficient;
import org.attune.agreement.Comparison;
import org.attune.agreement.Disagreement;
import org.attune.agreement.RatingTable;
import org.attune.exchange.TableExport;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;

/**
 * The sheets of an agreement report workbook: a summary of every line, a sheet per exclusive
 * group with its codes, the confusion matrices, the disagreements, and the parameters that
 * reproduce the figures.
 */
final class AgreementWorkbook {

    private AgreementWorkbook() {
    }

    static List<TableExport.Sheet> sheets(AgreementReport report, Codebook codebook, List<Disagreement> disagreements) {
        List<TableExport.Sheet> sheets = new ArrayList<>();
        sheets.add(new TableExport.Sheet("summary", header(report), report.lines().stream().map(l -> row(report, l)).toList()));
        for (CodeGroup group : codebook.groups()) {
            if (!group.exclusive()) {
                continue;
            }
            List<String> ids = new ArrayList<>(group.codes().stream().map(c -> c.id()).toList());
            List<List<Object>> rows = new ArrayList<>();
            report.lines().stream().filter(l -> l.subject().comparison() == Comparison.CHOICE && l.subject().id().equals(group.id()))
                    .forEach(l -> rows.add(row(report, l)));
            report.lines().stream().filter(l -> l.subject().comparison() != Comparison.CHOICE && ids.contains(l.subject().id()))
                    .forEach(l -> rows.add(row(report, l)));
            if (!rows.isEmpty()) {
                sheets.add(new TableExport.Sheet(group.id(), header(report), rows));
            }
        }
        sheets.add(new TableExport.Sheet("confusion matrices", List.of("code or group", "compared",
                report.coders().get(0) + " \\ " + report.coders().get(1)), confusion(report)));
        sheets.add(new TableExport.Sheet("disagreements", DisagreementRows.header(report.coders(), false),
                DisagreementRows.rows(disagreements, false)));
        if (!report.byTranscript().isEmpty()) {
            List<String> header = new ArrayList<>(List.of("transcript"));
            header.addAll(header(report));
            List<List<Object>> rows = new ArrayList<>();
            report.byTranscript().forEach((transcript, lines) -> lines.forEach(l -> {
                List<Object> row = new ArrayList<>(List.of(transcript));
                row.addAll(row(report, l));
                rows.add(row);
            }));
            sheets.add(new TableExport.Sheet("by transcript", header, rows));
        }
        sheets.add(new TableExport.Sheet("parameters", List.of("parameter", "value"), parameters(report)));
        return sheets;
    }

    private static List<String> header(AgreementReport report) {
        List<String> header = new ArrayList<>(List.of("code or group", "name", "compared", "level", "n_units"));
        for (Coefficient c : Coefficient.values()) {
            header.add(c.key());
        }
        if (report.bootstrap() > 0) {
            for (Coefficient c : Coefficient.values()) {
                header.add(c.key() + " 2.5%");
                header.add(c.key() + " 97.5%");
            }
        }
        header.add("notes");
        return header;
    }

    private static List<Object> row(AgreementReport report, AgreementLine line) {
        List<Object> row = new ArrayList<>(List.of(line.subject().id(), line.subject().name(), line.subject().comparison().label(),
                line.subject().level().label(), line.units()));
        for (Coefficient c : Coefficient.values()) {
            row.add(line.values().get(c));
        }
        if (report.bootstrap() > 0) {
            for (Coefficient c : Coefficient.values()) {
                double[] ci = line.ci95().get(c);
                row.add(ci == null ? null : ci[0]);
                row.add(ci == null ? null : ci[1]);
            }
        }
        row.add(String.join("; ", line.notes()));
        return row;
    }

    /** For each line, the first two coders' ratings crossed: a title row, the categories, a row per category. */
    private static List<List<Object>> confusion(AgreementReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (AgreementLine line : report.lines()) {
            RatingTable table = line.subject().table();
            long[][] cross = table.crossTable(0, 1);
            List<Object> title = new ArrayList<>(List.of(line.subject().id(), line.subject().comparison().label(), ""));
            title.addAll(table.categories());
            rows.add(title);
            for (int k = 0; k < cross.length; k++) {
                List<Object> row = new ArrayList<>(List.of("", "", table.categories().get(k)));
                for (long n : cross[k]) {
                    row.add(n);
                }
                rows.add(row);
            }
            rows.add(List.of());
        }
        return rows;
    }

    private static List<List<Object>> parameters(AgreementReport report) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("unit", report.unit()));
        rows.add(List.of("coders", String.join(", ", report.coders())));
        rows.add(List.of("codebook version", report.codebookVersion()));
        rows.add(List.of("bootstrap samples", report.bootstrap()));
        rows.add(List.of("seed", report.seed()));
        rows.add(List.of("transcripts", String.join(", ", report.transcripts())));
        for (Map.Entry<String, List<String>> e : report.leftOut().entrySet()) {
            rows.add(List.of("left out", e.getKey() + ", for " + String.join(", ", e.getValue()) + " (see the rules)"));
        }
        for (String rule : report.rules()) {
            rows.add(List.of("rule", rule));
        }
        return rows;
    }
}
