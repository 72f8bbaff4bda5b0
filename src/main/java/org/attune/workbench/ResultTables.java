package org.attune.workbench;

import java.util.ArrayList;
import java.util.List;
import org.attune.analysis.CooccurrenceTable;
import org.attune.analysis.LagTable;
import org.attune.analysis.Transition;
import org.attune.index.KwicLine;
import org.attune.index.SearchHit;
import org.attune.index.SearchResult;

/** Search results and analysis tables as a header and rows, for CSV and XLSX. */
final class ResultTables {

    record Table(List<String> header, List<List<Object>> rows) {
    }

    private ResultTables() {
    }

    static Table hits(SearchResult result) {
        List<List<Object>> rows = new ArrayList<>(result.hits().size());
        for (SearchHit hit : result.hits()) {
            rows.add(List.of(hit.transcript(), hit.turn(), hit.speaker(), hit.role(), nullable(hit.startMs()),
                    nullable(hit.endMs()), String.join("; ", hit.codes()), hit.text()));
        }
        return new Table(List.of("transcript", "turn", "speaker", "role", "start_ms", "end_ms", "codes", "text"), rows);
    }

    static Table kwic(SearchResult result) {
        List<List<Object>> rows = new ArrayList<>(result.kwic().size());
        for (KwicLine line : result.kwic()) {
            rows.add(List.of(line.transcript(), line.turn(), line.speaker(), line.left(), line.keyword(), line.right(),
                    String.join("; ", line.codes())));
        }
        return new Table(List.of("transcript", "turn", "speaker", "left", "keyword", "right", "codes"), rows);
    }

    /** The matrix, one row per code: the cell in column b of row a counts turns with a that have b within the window. */
    static Table cooccurrence(CooccurrenceTable table) {
        List<String> header = new ArrayList<>();
        header.add("code");
        header.addAll(table.codes());
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < table.codes().size(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(table.codes().get(i));
            row.addAll(table.rows().get(i));
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /** One row per pair of codes, in the long form R and SPSS read, with the core's expected-under-5 and significance flags. */
    static Table sequences(LagTable table) {
        List<List<Object>> rows = new ArrayList<>(table.transitions().size());
        for (Transition t : table.transitions()) {
            rows.add(List.of(t.given(), t.target(), t.count(), table.givenTotal(t.given()), t.probability(), t.expected(),
                    t.adjustedResidual(), t.yulesQ(), t.lowExpected(), t.significant()));
        }
        return new Table(List.of("given", "target", "count", "given_total", "probability", "expected",
                "adjusted_residual", "yules_q", "low_expected", "significant"), rows);
    }

    private static Object nullable(Long value) {
        return value == null ? "" : value;
    }
}
