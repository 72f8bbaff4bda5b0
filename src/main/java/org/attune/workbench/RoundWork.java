package org.attune.workbench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.model.AttuneException;
import org.attune.model.Round;
import org.attune.model.TranscriptSummary;
import org.attune.store.ProjectStore;

/** Coding rounds: which coders code which transcripts, blind or open, and how far each has come. */
final class RoundWork {

    private final ProjectStore store;
    private final Clock clock;

    RoundWork(ProjectStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Round create(String name, List<String> coders, List<String> transcripts, List<String> dyads, boolean blind) {
        String round = name == null ? "" : name.strip();
        if (round.isEmpty()) {
            throw new AttuneException("a round needs a name");
        }
        if (store.rounds().stream().anyMatch(r -> r.name().equalsIgnoreCase(round))) {
            throw new AttuneException("there is a round named '" + round + "' already in " + store.path().getFileName());
        }
        List<String> known = store.coderNames();
        Set<String> who = new LinkedHashSet<>();
        for (String coder : coders) {
            String c = coder.strip();
            if (c.isEmpty()) {
                continue;
            }
            String found = known.stream().filter(k -> k.equalsIgnoreCase(c)).findFirst().orElse(c);
            if (!who.add(found)) {
                throw new InputException(Input.CODERS, "coder " + found + " is named twice");
            }
        }
        if (who.isEmpty()) {
            throw new InputException(Input.CODERS, "a round needs its coders");
        }
        List<TranscriptSummary> all = store.transcripts();
        Set<String> names = new LinkedHashSet<>();
        for (String t : transcripts) {
            if (all.stream().noneMatch(s -> s.name().equals(t))) {
                throw new AttuneException("no transcript named '" + t + "' in " + store.path().getFileName());
            }
            names.add(t);
        }
        for (String dyad : dyads) {
            List<String> ofDyad = all.stream().filter(s -> dyad.equals(s.session().dyad())).map(TranscriptSummary::name).toList();
            if (ofDyad.isEmpty()) {
                throw new AttuneException("no dyad '" + dyad + "' in " + store.path().getFileName());
            }
            names.addAll(ofDyad);
        }
        if (names.isEmpty()) {
            throw new InputException(Input.TRANSCRIPTS, "a round needs its transcripts: name them, or their dyads");
        }
        Round made = new Round(round, blind, List.copyOf(who), names.stream().sorted().toList(), clock.instant());
        store.edit(edit -> {
            edit.addRound(made);
            return null;
        });
        return made;
    }

    List<RoundProgress> progress() {
        Map<String, Set<String>> started = store.transcriptsStarted();
        List<RoundProgress> out = new ArrayList<>();
        for (Round round : store.rounds()) {
            Map<String, Map<String, RoundProgress.Stage>> progress = new LinkedHashMap<>();
            for (String coder : round.coders()) {
                Set<String> done = store.transcriptsDone(coder);
                Map<String, RoundProgress.Stage> stages = new LinkedHashMap<>();
                for (String t : round.transcripts()) {
                    stages.put(t, done.contains(t) ? RoundProgress.Stage.DONE
                            : started.getOrDefault(coder, Set.of()).contains(t) ? RoundProgress.Stage.STARTED
                            : RoundProgress.Stage.NOT_STARTED);
                }
                progress.put(coder, stages);
            }
            out.add(new RoundProgress(round, progress));
        }
        return out;
    }

    /** Every coder's stage on every transcript of the project, rounds or not. */
    CoderProgress coderProgress() {
        Map<String, Set<String>> started = store.transcriptsStarted();
        List<String> coders = store.coderNames();
        Map<String, Set<String>> done = new LinkedHashMap<>();
        coders.forEach(c -> done.put(c, store.transcriptsDone(c)));
        Map<String, Map<String, RoundProgress.Stage>> stages = new LinkedHashMap<>();
        for (TranscriptSummary t : store.transcripts()) {
            Map<String, RoundProgress.Stage> byCoder = new LinkedHashMap<>();
            for (String coder : coders) {
                byCoder.put(coder, done.get(coder).contains(t.name()) ? RoundProgress.Stage.DONE
                        : started.getOrDefault(coder, Set.of()).contains(t.name()) ? RoundProgress.Stage.STARTED
                        : RoundProgress.Stage.NOT_STARTED);
            }
            stages.put(t.name(), byCoder);
        }
        return new CoderProgress(coders, stages);
    }

    /** The transcripts a coder (named blind to case) works on blind, in a blind round of theirs. */
    Set<String> blindTranscripts(String coder) {
        Set<String> out = new java.util.TreeSet<>();
        for (Round r : store.rounds()) {
            if (r.blind() && r.coders().stream().anyMatch(c -> c.equalsIgnoreCase(coder.strip()))) {
                out.addAll(r.transcripts());
            }
        }
        return out;
    }
}
