package org.attune.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attune.agreement.SpanReport;
import org.attune.agreement.SpanUnits;
import org.attune.exchange.TableExport;

/**
 * Span agreement as a table for R, SPSS or Excel: a row per code, with its alpha_u and, for each
 * pair of coders, the segments matched and those only one of them marked; then the overall line.
 */
final class SpanAgreementTable {

    private SpanAgreementTable() {
    }

    static void write(SpanReport report, Path out) {
        List<String> header = new ArrayList<>(List.of("code", "alpha_u"));
        for (SpanUnits.PairOverlap p : report.overlaps()) {
            String pair = p.first() + "/" + p.second();
            header.addAll(List.of(pair + " matched", pair + " only " + p.first(), pair + " only " + p.second(),
                    pair + " percent_agreement"));
        }
        List<List<Object>> rows = new ArrayList<>();
        report.alpha().byCategory().forEach((code, alpha) -> {
            List<Object> row = new ArrayList<>(List.of(code, alpha));
            for (SpanUnits.PairOverlap p : report.overlaps()) {
                SpanUnits.Overlap o = p.byCode().get(code);
                if (o == null) {
                    row.addAll(java.util.Arrays.asList(null, null, null, null));
                } else {
                    row.addAll(List.of(o.matched(), o.onlyFirst(), o.onlySecond(), o.percentAgreement()));
                }
            }
            rows.add(row);
        });
        List<Object> overall = new ArrayList<>(List.of("(all codes)", report.alpha().overall()));
        for (SpanUnits.PairOverlap p : report.overlaps()) {
            long matched = p.byCode().values().stream().mapToLong(SpanUnits.Overlap::matched).sum();
            long first = p.byCode().values().stream().mapToLong(SpanUnits.Overlap::onlyFirst).sum();
            long second = p.byCode().values().stream().mapToLong(SpanUnits.Overlap::onlySecond).sum();
            overall.addAll(List.of(matched, first, second, p.percentAgreement()));
        }
        rows.add(overall);
        TableExport.write(out, header, rows);
    }
}
