package org.attune.workbench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.Transcript;

/**
 * The codings a codebook would leave broken: orphaned (their code is gone), or breaking a rule of
 * the new codebook (a role, a scale level, two codes of an exclusive group on one turn). A change
 * of codebook that breaks codings is refused with this list, unless forced.
 */
final class CodingAudit {

    /** A coding and why it cannot stay. */
    record Broken(Coding coding, String reason) {
    }

    private CodingAudit() {
    }

    static List<Broken> of(Codebook codebook, List<Coding> codings, Function<String, Transcript> transcripts) {
        List<Broken> broken = new ArrayList<>();
        Map<String, Coding> exclusiveSeen = new HashMap<>();
        for (Coding coding : codings) {
            Optional<String> problem = CodingRules.problem(codebook, coding, transcripts.apply(coding.transcript()));
            if (problem.isPresent()) {
                broken.add(new Broken(coding, problem.get()));
                continue;
            }
            CodeGroup group = codebook.groupOf(coding.codeId()).orElseThrow();
            if (!group.exclusive()) {
                continue;
            }
            for (int t = coding.span().startTurn(); t <= coding.span().endTurn(); t++) {
                String unit = coding.coder() + "\u0000" + coding.transcript() + "\u0000" + t + "\u0000" + group.id();
                Coding other = exclusiveSeen.putIfAbsent(unit, coding);
                if (other != null && !other.codeId().equals(coding.codeId())) {
                    broken.add(new Broken(coding, "group '" + group.id() + "' is exclusive, and " + coding.coder()
                            + " has both '" + other.codeId() + "' and '" + coding.codeId() + "' on turn " + t + " of "
                            + coding.transcript()));
                    break;
                }
            }
        }
        return broken;
    }

    /** A one-line account of broken codings: how many, by code, and by whom. */
    /** The broken codings code by code, for a refusal that lists them. */
    static List<CodingsAtStakeException.CodeCodings> byCode(List<Broken> broken) {
        Map<String, List<Broken>> byCode = new LinkedHashMap<>();
        for (Broken b : broken) {
            byCode.computeIfAbsent(b.coding().codeId(), k -> new ArrayList<>()).add(b);
        }
        List<CodingsAtStakeException.CodeCodings> out = new ArrayList<>();
        byCode.forEach((code, list) -> {
            TreeSet<String> coders = new TreeSet<>();
            list.forEach(b -> coders.add(b.coding().coder()));
            out.add(new CodingsAtStakeException.CodeCodings(code, list.size(), List.copyOf(coders), list.getFirst().reason()));
        });
        return out;
    }

    static String summary(List<Broken> broken) {
        Map<String, List<Broken>> byCode = new LinkedHashMap<>();
        for (Broken b : broken) {
            byCode.computeIfAbsent(b.coding().codeId(), k -> new ArrayList<>()).add(b);
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<Broken>> e : byCode.entrySet()) {
            TreeSet<String> coders = new TreeSet<>();
            e.getValue().forEach(b -> coders.add(b.coding().coder()));
            parts.add("'" + e.getKey() + "' " + e.getValue().size() + " (" + String.join(", ", coders) + "; "
                    + e.getValue().getFirst().reason() + ")");
        }
        return broken.size() + (broken.size() == 1 ? " coding" : " codings") + ": " + String.join("; ", parts);
    }
}
