package org.attune.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.Transcript;
import org.attune.model.TranscriptSummary;
import org.attune.store.ProjectStore;

/**
 * The repair of a project already damaged: every stored coding is held to the rules of
 * {@link CodingRules} (its turns exist, its span lies inside their text, its code is in the codebook
 * and fits the turns' role, its value fits the code), and to exclusive groups (of two codes of one
 * such group on a coder's turn, the later change holds). Repairing removes every coding that
 * breaks them, all in one transaction, and nothing else.
 */
final class CodingCheck {

    private final ProjectStore store;
    private final CodebookEditor codebooks;

    CodingCheck(ProjectStore store, CodebookEditor codebooks) {
        this.store = store;
        this.codebooks = codebooks;
    }

    /** Every coding that breaks the rules, transcript by transcript, with its reason. */
    List<CodingProblem> problems() {
        Optional<Codebook> codebook = codebooks.codebook();
        List<CodingProblem> problems = new ArrayList<>();
        for (TranscriptSummary summary : store.transcripts()) {
            List<Coding> codings = store.codingsOfTranscript(summary.name());
            if (codings.isEmpty()) {
                continue;
            }
            Transcript transcript = store.transcript(summary.name()).orElseThrow();
            List<Coding> kept = new ArrayList<>();
            for (Coding c : codings) {
                Optional<String> problem = codebook.isPresent() ? CodingRules.problem(codebook.get(), c, transcript)
                        : CodingRules.spanProblem(c.span(), transcript).or(() -> Optional.of("the project has no codebook, so "
                        + "there is no code '" + c.codeId() + "'"));
                if (problem.isPresent()) {
                    problems.add(new CodingProblem(c, problem.get()));
                } else {
                    kept.add(c);
                }
            }
            codebook.ifPresent(book -> problems.addAll(exclusiveProblems(book, kept)));
        }
        return problems;
    }

    /** Removes every coding {@link #problems()} finds, in one transaction; returns what it removed. */
    List<CodingProblem> repair() {
        List<CodingProblem> problems = problems();
        if (!problems.isEmpty()) {
            store.edit(edit -> {
                for (CodingProblem problem : problems) {
                    if (!edit.removeCoding(problem.coding())) {
                        // Found a moment ago and gone now: another writer is at work, and half a repair is none.
                        throw new org.attune.model.AttuneException("the project changed while it was being repaired: "
                                + "nothing was removed");
                    }
                }
                return null;
            });
        }
        return problems;
    }

    /**
     * Of the codes of an exclusive group a coder has on one turn, all but the latest changed (the one a key press
     * would have left) break the group.
     */
    private static List<CodingProblem> exclusiveProblems(Codebook codebook, List<Coding> codings) {
        Map<String, List<Coding>> units = new LinkedHashMap<>();
        for (Coding c : codings) {
            CodeGroup group = codebook.groupOf(c.codeId()).orElseThrow();
            if (group.exclusive()) {
                for (int t = c.span().startTurn(); t <= c.span().endTurn(); t++) {
                    units.computeIfAbsent(c.coder() + "\u0000" + t + "\u0000" + group.id(), k -> new ArrayList<>()).add(c);
                }
            }
        }
        List<CodingProblem> problems = new ArrayList<>();
        Set<Coding> named = new HashSet<>();
        for (Map.Entry<String, List<Coding>> unit : units.entrySet()) {
            List<Coding> here = unit.getValue();
            Coding latest = here.stream().max(Comparator.comparing(Coding::updated)).orElseThrow();
            for (Coding c : here) {
                if (!c.codeId().equals(latest.codeId()) && named.add(c)) {
                    String turn = unit.getKey().split("\u0000")[1];
                    String group = codebook.groupOf(c.codeId()).orElseThrow().id();
                    problems.add(new CodingProblem(c, "group '" + group + "' is exclusive, and " + c.coder() + " also has '"
                            + latest.codeId() + "' on turn " + turn + " of " + c.transcript() + ", changed later ("
                            + latest.updated() + ")"));
                }
            }
        }
        return problems;
    }
}
