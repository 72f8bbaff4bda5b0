package org.attune.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.agreement.AgreementLine;
import org.attune.agreement.AgreementReport;
import org.attune.agreement.Coefficient;
import org.attune.agreement.Comparison;

/** The JSON of an agreement report: its parameters, then the lines of codes, groups and the pooled line. */
final class AgreementJson {

    private AgreementJson() {
    }

    static Map<String, Object> of(AgreementReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("unit", report.unit());
        json.put("coders", report.coders());
        json.put("codebook_version", report.codebookVersion());
        json.put("rules", report.rules());
        json.put("bootstrap", report.bootstrap());
        json.put("seed", report.seed());
        json.put("transcripts", report.transcripts());
        json.put("left_out", report.leftOut());
        List<Map<String, Object>> codes = report.lines().stream()
                .filter(l -> l.subject().comparison() == Comparison.PRESENCE || l.subject().comparison() == Comparison.LEVEL)
                .map(l -> line("code", l)).toList();
        json.put("codes", codes);
        json.put("groups", report.lines(Comparison.CHOICE).stream().map(l -> line("group", l)).toList());
        json.put("overall", report.lines(Comparison.POOLED).stream().findFirst().map(l -> line("overall", l)).orElse(null));
        if (!report.byTranscript().isEmpty()) {
            Map<String, Object> byTranscript = new LinkedHashMap<>();
            report.byTranscript().forEach((transcript, lines) -> byTranscript.put(transcript, lines(lines)));
            json.put("by_transcript", byTranscript);
        }
        return json;
    }

    /** Lines split as the report's are: codes, groups and the pooled line. */
    private static Map<String, Object> lines(List<AgreementLine> lines) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("codes", lines.stream().filter(l -> l.subject().comparison() == Comparison.PRESENCE
                || l.subject().comparison() == Comparison.LEVEL).map(l -> line("code", l)).toList());
        json.put("groups", lines.stream().filter(l -> l.subject().comparison() == Comparison.CHOICE).map(l -> line("group", l)).toList());
        json.put("overall", lines.stream().filter(l -> l.subject().comparison() == Comparison.POOLED).findFirst()
                .map(l -> line("overall", l)).orElse(null));
        return json;
    }

    /** One line: what it compares, its units, every coefficient (null where undefined), intervals, pairs and notes. */
    static Map<String, Object> line(String kind, AgreementLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (!kind.equals("overall")) {
            json.put(kind, line.subject().id());
        }
        json.put("name", line.subject().name());
        json.put("compared", line.subject().comparison().label());
        json.put("level", line.subject().level().label());
        json.put("n_units", line.units());
        values(json, line);
        return json;
    }

    static void values(Map<String, Object> json, AgreementLine line) {
        for (Map.Entry<Coefficient, Double> e : line.values().entrySet()) {
            json.put(e.getKey().key(), e.getValue());
        }
        Map<String, Object> ci = new LinkedHashMap<>();
        line.ci95().forEach((c, interval) -> ci.put(c.key(), List.of(interval[0], interval[1])));
        json.put("ci95", ci);
        json.put("pairwise", line.pairwise());
        json.put("notes", line.notes());
    }
}
