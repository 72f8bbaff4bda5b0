package org.attune.workbench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.agreement.Comparison;
import org.attune.agreement.Disagreement;
import org.attune.agreement.RatingTable;
import org.attune.exchange.DecisionsTable;
import org.attune.io.InputFile;
import org.attune.io.UnreadableFileException;
import org.attune.io.TextDecoding;
import org.attune.model.AttuneException;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.Span;
import org.attune.model.Turn;
import org.attune.store.ConsensusDecision;
import org.attune.store.ProjectStore;

/**
 * A consensus coder: the units where the compared coders agree are taken over as its codings;
 * the disagreements are settled one by one, each decision kept with every coder's original
 * rating and who decided. The compared coders' own codings are never changed.
 *
 * <p>What is settled: an exclusive group's choice (a code, or none); a scale code's level (a
 * level's value, or none); any other code's presence (present or absent).
 */
final class ConsensusWork {

    private final ProjectStore store;
    private final AgreementWork agreement;
    private final Clock clock;

    ConsensusWork(ProjectStore store, AgreementWork agreement, Clock clock) {
        this.store = store;
        this.agreement = agreement;
        this.clock = clock;
    }

    /** One unit of a subject: the key of an open item and of a decision. */
    private record Unit(String transcript, int turn, String subject, Comparison comparison) {
    }

    /** What a walk over the compared coders' codings finds: agreements to take over, and disagreements. */
    private record Found(List<Coding> agreed, Map<Unit, Disagreement> open) {
    }

    ConsensusReport start(AgreementRequest request, String into, Progress progress) {
        AgreementWork.Plan plan = agreement.plan(request);
        String name = consensusCoder(plan, into);
        Set<Unit> decided = decidedUnits(name);
        Found found = walk(plan, name, decided, progress);
        Instant now = clock.instant();
        int[] added = {0};
        store.edit(edit -> {
            edit.registerConsensus(name, plan.coders(), now);
            Set<String> existing = new HashSet<>();
            for (Coding c : store.codingsOfCoder(name)) {
                existing.add(c.transcript() + "#" + c.span().startTurn() + "#" + c.codeId());
            }
            for (Coding coding : found.agreed()) {
                if (existing.add(coding.transcript() + "#" + coding.span().startTurn() + "#" + coding.codeId())) {
                    CodingsWork.put(edit, plan.codebook(), coding);
                    added[0]++;
                }
            }
            return null;
        });
        List<String> changed = found.agreed().stream().map(Coding::transcript).distinct().toList();
        return new ConsensusReport(name, plan.coders(), added[0], 0, decided.size(), List.copyOf(found.open().values()), changed);
    }

    ConsensusReport apply(AgreementRequest request, String into, Path file, String decidedBy, Progress progress) {
        String fileName = file.getFileName().toString();
        List<DecisionsTable.Decision> rows;
        try {
            byte[] content = InputFile.read(file, InputFile.TABLE_LIMIT);
            rows = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? DecisionsTable.readXlsx(fileName, content)
                    : DecisionsTable.readCsv(fileName, TextDecoding.decode(content).text());
        } catch (UnreadableFileException e) {
            throw new AttuneException(file + ": " + e.getMessage(), e);
        } catch (org.attune.io.UnreadableTextException e) {
            throw new AttuneException(fileName + (e.line() == 0 ? "" : ", line " + e.line()) + ": " + e.getMessage(), e);
        }
        return decide(request, into, fileName, rows, decidedBy, progress);
    }

    /** Settles disagreements decided one at a time (in the window), with the same checks as a decisions file. */
    ConsensusReport settle(AgreementRequest request, String into, List<Settlement> settlements, String decidedBy,
                           Progress progress) {
        List<DecisionsTable.Decision> rows = settlements.stream().map(s -> new DecisionsTable.Decision(s.transcript(),
                s.turn(), s.subject(), s.comparison().label(), s.decision(), decidedBy == null ? "" : decidedBy, 0)).toList();
        // A settlement concerns its own transcript: comparing only those keeps a key press in the window quick
        // (the report's open items are then those transcripts').
        List<String> touched = settlements.stream().map(Settlement::transcript).distinct().toList();
        AgreementRequest narrowed = new AgreementRequest(request.coders(), touched, List.of(), request.subjects(), request.bootstrap(),
                request.seed(), request.byTranscript(), request.onlyDone());
        return decide(narrowed, into, null, rows, decidedBy, progress);
    }

    /** Applies decisions, all or none; {@code fileName} names where they came from in messages, or null. */
    private ConsensusReport decide(AgreementRequest request, String into, String fileName, List<DecisionsTable.Decision> rows,
                                   String decidedBy, Progress progress) {
        AgreementWork.Plan plan = agreement.plan(request);
        String name = store.consensusOf(into.strip()).map(of -> into.strip()).orElseThrow(() -> new InputException(
                Input.CONSENSUS_CODER, "no consensus coder '" + into.strip() + "' yet: start it for " + String.join(", ", plan.coders())
                        + " before settling its disagreements"));
        requireSameCoders(plan, name);
        Set<Unit> decided = decidedUnits(name);
        // Units decided before are open again for a new decision: walk as if undecided.
        Found found = walk(plan, name, Set.of(), progress);
        Map<Unit, DecisionsTable.Decision> chosen = new LinkedHashMap<>();
        Map<Unit, Turn> turns = new HashMap<>();
        for (DecisionsTable.Decision row : rows) {
            Comparison comparison = comparison(fileName, row);
            Unit unit = new Unit(row.transcript(), row.turn(), row.code(), comparison);
            Disagreement open = found.open().get(unit);
            String at = fileName == null ? "" : fileName + ", line " + row.line() + ": ";
            if (open == null) {
                throw new AttuneException(at + row.transcript() + " turn " + row.turn() + " " + row.code() + " ("
                        + comparison.label() + ") is not a disagreement between " + String.join(", ", plan.coders()));
            }
            if (chosen.put(unit, row) != null) {
                throw new AttuneException(at + "decides " + row.transcript() + " turn " + row.turn() + " " + row.code()
                        + " a second time");
            }
            List<String> allowed = decisionsFor(plan.codebook(), comparison, row.code());
            if (!allowed.contains(row.decision())) {
                throw new AttuneException(at + "'" + row.decision() + "' is no decision for " + row.code() + " ("
                        + comparison.label() + "); expected one of " + String.join(", ", allowed));
            }
            if ((decidedBy == null || decidedBy.isBlank()) && row.decidedBy().isBlank()) {
                throw new InputException(Input.DECIDED_BY, at + "no one decided it: fill the decided_by column, or say who decided");
            }
            turns.put(unit, store.transcript(row.transcript()).orElseThrow().turns().get(row.turn() - 1));
        }
        Instant now = clock.instant();
        store.edit(edit -> {
            for (Map.Entry<Unit, DecisionsTable.Decision> e : chosen.entrySet()) {
                Unit unit = e.getKey();
                DecisionsTable.Decision row = e.getValue();
                settle(edit, plan.codebook(), name, unit, row.decision(), turns.get(unit), now);
                Disagreement open = found.open().get(unit);
                List<String> originals = new ArrayList<>();
                for (int c = 0; c < plan.coders().size(); c++) {
                    String rating = open.ratings().get(c);
                    originals.add(plan.coders().get(c) + "=" + (rating == null ? "none" : rating));
                }
                edit.recordDecision(name, new ConsensusDecision(unit.transcript(), unit.turn(), unit.subject(),
                        unit.comparison().label(), String.join("; ", originals), row.decision(),
                        row.decidedBy().isBlank() ? decidedBy.strip() : row.decidedBy(), now));
            }
            return null;
        });
        Set<Unit> nowDecided = new HashSet<>(decided);
        nowDecided.addAll(chosen.keySet());
        List<Disagreement> stillOpen = found.open().entrySet().stream().filter(e -> !nowDecided.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return new ConsensusReport(name, plan.coders(), 0, chosen.size(), nowDecided.size(), stillOpen,
                chosen.keySet().stream().map(Unit::transcript).distinct().toList());
    }

    /** The consensus coder's name: new, or an earlier consensus of the same coders. */
    private String consensusCoder(AgreementWork.Plan plan, String into) {
        String name = into == null ? "" : into.strip();
        if (name.isEmpty()) {
            throw new InputException(Input.CONSENSUS_CODER, "name the consensus coder");
        }
        if (plan.coders().stream().anyMatch(c -> c.equalsIgnoreCase(name))) {
            throw new AttuneException(name + " is one of the coders compared; the consensus goes to a coder of its own");
        }
        String existing = store.coderNames().stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
        if (existing != null) {
            if (store.consensusOf(existing).isEmpty()) {
                throw new AttuneException("coder " + existing + " already has codings of their own; choose another name for "
                        + "the consensus");
            }
            requireSameCoders(plan, existing);
            return existing;
        }
        return name;
    }

    private void requireSameCoders(AgreementWork.Plan plan, String name) {
        List<String> of = store.consensusOf(name).orElseThrow();
        if (!of.equals(plan.coders())) {
            throw new AttuneException(name + " is the consensus of " + String.join(", ", of) + ", not of "
                    + String.join(", ", plan.coders()));
        }
    }

    private Set<Unit> decidedUnits(String name) {
        Set<Unit> decided = new HashSet<>();
        if (store.coderNames().contains(name)) {
            for (ConsensusDecision d : store.consensusDecisions(name)) {
                decided.add(new Unit(d.transcript(), d.turn(), d.subject(), comparison(d.compared())));
            }
        }
        return decided;
    }

    /**
     * Walks the units: agreements become the consensus coder's codings, disagreements open items.
     * An exclusive group is settled by its choice and a scale code by its level, so their codes'
     * presence is not a unit of its own here.
     */
    private Found walk(AgreementWork.Plan plan, String name, Set<Unit> decided, Progress progress) {
        Codebook codebook = plan.codebook();
        Set<String> settledElsewhere = new HashSet<>();
        Set<String> groupsOfScales = new HashSet<>();
        for (CodeGroup group : codebook.groups()) {
            if (group.codes().stream().allMatch(Code::isScale)) {
                groupsOfScales.add(group.id());
            }
            for (Code code : group.codes()) {
                if (group.exclusive() || code.isScale()) {
                    settledElsewhere.add(code.id());
                }
            }
        }
        List<Coding> agreed = new ArrayList<>();
        Map<Unit, Disagreement> open = new LinkedHashMap<>();
        Instant now = clock.instant();
        agreement.walk(plan, (units, turns) -> (transcript, turn, comparison, id, ratings) -> {
            if ((comparison == Comparison.PRESENCE && settledElsewhere.contains(id))
                    || (comparison == Comparison.CHOICE && groupsOfScales.contains(id))) {
                // Settled by the group's choice, or by the scale's level.
                return;
            }
            Unit unit = new Unit(transcript, turn, id, comparison);
            if (decided.contains(unit)) {
                return;
            }
            List<String> categories = units.categories(comparison, id);
            boolean same = true;
            for (int r : ratings) {
                same &= r == ratings[0];
            }
            Turn t = turns.get(turn - 1);
            if (same) {
                Coding coding = ratings[0] == RatingTable.MISSING ? null : agreedCoding(codebook, name, transcript, t,
                        comparison, id, categories.get(ratings[0]), now);
                if (coding != null) {
                    agreed.add(coding);
                }
                return;
            }
            List<String> named = new ArrayList<>();
            for (int r : ratings) {
                named.add(r == RatingTable.MISSING ? null : categories.get(r));
            }
            open.put(unit, new Disagreement(transcript, turn, comparison, id, named, t.text()));
        }, null, progress);
        return new Found(agreed, open);
    }

    /** The coding an agreement stands for, or null when it stands for none (absent, none, a scale's code chosen). */
    private static Coding agreedCoding(Codebook codebook, String coder, String transcript, Turn turn, Comparison comparison,
                                       String id, String category, Instant at) {
        Span span = Span.wholeTurn(turn.number(), turn.codePoints());
        return switch (comparison) {
            case PRESENCE -> category.equals("present") ? new Coding(coder, transcript, id, span, null, null, at, at) : null;
            case CHOICE -> category.equals("none") || codebook.code(category).orElseThrow().isScale() ? null
                    : new Coding(coder, transcript, category, span, null, null, at, at);
            case LEVEL -> new Coding(coder, transcript, id, span, new BigDecimal(category), null, at, at);
            case POOLED -> null;
        };
    }

    /** Puts the decision into the consensus coder's codings. */
    private static void settle(org.attune.store.ProjectEdit edit, Codebook codebook, String coder, Unit unit, String decision,
                               Turn turn, Instant at) {
        Span span = Span.wholeTurn(turn.number(), turn.codePoints());
        List<String> codes = switch (unit.comparison()) {
            case CHOICE -> codebook.group(unit.subject()).orElseThrow().codes().stream().map(Code::id).toList();
            default -> List.of(unit.subject());
        };
        // Clear what the consensus coder has of this subject on the turn, then put the decision.
        for (Coding c : edit.codingsOnTurn(coder, unit.transcript(), unit.turn())) {
            if (codes.contains(c.codeId())) {
                edit.removeCoding(c);
            }
        }
        Coding decided = switch (unit.comparison()) {
            case PRESENCE -> decision.equals("present") ? new Coding(coder, unit.transcript(), unit.subject(), span, null, null, at, at)
                    : null;
            case CHOICE -> decision.equals("none") ? null : new Coding(coder, unit.transcript(), decision, span, null, null, at, at);
            case LEVEL -> decision.equals("none") ? null
                    : new Coding(coder, unit.transcript(), unit.subject(), span, new BigDecimal(decision), null, at, at);
            case POOLED -> null;
        };
        if (decided != null) {
            CodingsWork.put(edit, codebook, decided);
        }
    }

    /** The decisions a unit of this kind can take. */
    private static List<String> decisionsFor(Codebook codebook, Comparison comparison, String id) {
        return switch (comparison) {
            case PRESENCE -> List.of("present", "absent");
            case CHOICE -> {
                List<String> out = new ArrayList<>(codebook.group(id).orElseThrow().codes().stream()
                        .filter(c -> !c.isScale()).map(Code::id).toList());
                out.add("none");
                yield out;
            }
            case LEVEL -> {
                List<String> out = new ArrayList<>(codebook.code(id).orElseThrow().levels().stream().map(l -> l.valueText()).toList());
                out.add("none");
                yield out;
            }
            case POOLED -> List.of();
        };
    }

    private static Comparison comparison(String fileName, DecisionsTable.Decision row) {
        try {
            return comparison(row.compared());
        } catch (IllegalArgumentException e) {
            throw new AttuneException((fileName == null ? "" : fileName + ", line " + row.line() + ", column 'compared': ")
                    + "expected presence, choice or "
                    + "level, found '" + row.compared() + "'");
        }
    }

    private static Comparison comparison(String label) {
        Comparison c = Comparison.valueOf(label.strip().toUpperCase(java.util.Locale.ROOT));
        if (c == Comparison.POOLED) {
            throw new IllegalArgumentException(label);
        }
        return c;
    }
}
