package org.attune.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.model.Role;

/**
 * The tables' counts straight from their definitions, with maps and nested loops over the whole
 * corpus in memory: slow, and obviously right, to check the one-pass tallies against.
 */
final class ByDefinition {

    private ByDefinition() {
    }

    /** (a, b) -> how many turns carry a and have b on a turn of their transcript at most window apart. */
    static Map<List<String>, Long> cooccurrence(List<CodedTurn> turns, int window) {
        Map<String, List<CodedTurn>> byTranscript = new HashMap<>();
        for (CodedTurn t : turns) {
            byTranscript.computeIfAbsent(t.transcript(), name -> new ArrayList<>()).add(t);
        }
        Map<List<String>, Long> counts = new HashMap<>();
        for (CodedTurn t : turns) {
            Set<String> nearby = new HashSet<>();
            for (CodedTurn u : byTranscript.get(t.transcript())) {
                if (Math.abs(u.turn() - t.turn()) <= window) {
                    nearby.addAll(u.codes());
                }
            }
            for (String a : t.codes()) {
                for (String b : nearby) {
                    counts.merge(List.of(a, b), 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    /** (given, target) -> transitions from a turn to the turn numbered lag after it in the same transcript. */
    static Map<List<String>, Long> transitions(List<CodedTurn> turns, int lag, Role fromRole, Role toRole) {
        Map<List<Object>, CodedTurn> byNumber = new HashMap<>();
        for (CodedTurn t : turns) {
            byNumber.put(List.of(t.transcript(), t.turn()), t);
        }
        Map<List<String>, Long> counts = new HashMap<>();
        for (CodedTurn t : turns) {
            CodedTurn later = byNumber.get(List.of(t.transcript(), t.turn() + lag));
            if (later == null || fromRole != null && t.role() != fromRole || toRole != null && later.role() != toRole) {
                continue;
            }
            for (String a : t.codes()) {
                for (String b : later.codes()) {
                    counts.merge(List.of(a, b), 1L, Long::sum);
                }
            }
        }
        return counts;
    }
}
