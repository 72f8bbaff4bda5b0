package org.attune.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.attune.model.CoderSummary;

/**
 * Whose codes an analysis counts when no one is named. Never every coder pooled: two coders'
 * codes on one turn are two readings of it, not two events, and pooling them would count each
 * turn once per coder and make a coder's own code follow the other coder's. So one coder: the
 * consensus coder when the project has one, as the team's settled reading; else the coder who
 * has coded most.
 */
public final class AnalysisCoder {

    private AnalysisCoder() {
    }

    /**
     * The default coder of an analysis: of the consensus coders, or when there is none of all
     * coders, the one with the most codings, the first by name on a tie; coders without codings
     * are never chosen.
     *
     * @param coders the project's coders with their counts of codings
     * @param consensus which coders are consensus coders
     * @return the coder, or empty when no one has coded
     */
    public static Optional<String> choose(List<CoderSummary> coders, Predicate<String> consensus) {
        Comparator<CoderSummary> most = Comparator.comparingLong(CoderSummary::codings).reversed()
                .thenComparing(CoderSummary::name);
        List<CoderSummary> coded = coders.stream().filter(c -> c.codings() > 0).toList();
        Optional<CoderSummary> settled = coded.stream().filter(c -> consensus.test(c.name())).min(most);
        return settled.or(() -> coded.stream().min(most)).map(CoderSummary::name);
    }
}
