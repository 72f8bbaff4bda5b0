package org.attune.workbench;

import java.util.ArrayList;
import java.util.List;
import org.attune.agreement.Disagreement;

/**
 * Disagreements as a table: transcript, turn, code, what is compared, each coder's rating, the
 * text; as a sheet to settle, with empty decision and decided_by columns before the text.
 */
final class DisagreementRows {

    private DisagreementRows() {
    }

    static List<String> header(List<String> coders, boolean toSettle) {
        List<String> header = new ArrayList<>(List.of("transcript", "turn", "code", "compared"));
        header.addAll(coders);
        if (toSettle) {
            header.addAll(List.of("decision", "decided_by"));
        }
        header.add("text");
        return header;
    }

    static List<List<Object>> rows(List<Disagreement> disagreements, boolean toSettle) {
        return disagreements.stream().map(d -> {
            List<Object> row = new ArrayList<>(List.of(d.transcript(), d.turn(), d.id(), d.comparison().label()));
            row.addAll(d.ratings());
            if (toSettle) {
                row.add("");
                row.add("");
            }
            row.add(d.text());
            return row;
        }).toList();
    }
}
