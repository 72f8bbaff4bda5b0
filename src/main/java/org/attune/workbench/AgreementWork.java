package org.attune.workbench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.attune.agreement.AgreementLine;
import org.attune.agreement.AgreementReport;
import org.attune.agreement.Subject;
import org.attune.agreement.TurnUnits;
import org.attune.model.AttuneException;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.Role;
import org.attune.model.Turn;
import org.attune.model.TranscriptSummary;
import org.attune.store.ProjectStore;

/** Inter-rater agreement on a project's codings: which units, which coders, and the report. */
final class AgreementWork {

    private final ProjectStore store;
    private final CodebookEditor codebooks;

    AgreementWork(ProjectStore store, CodebookEditor codebooks) {
        this.store = store;
        this.codebooks = codebooks;
    }

    AgreementReport agreement(AgreementRequest request, Progress progress) {
        Codebook codebook = codebooks.require();
        List<String> coders = coders(request.coders());
        Set<String> subjects = subjects(codebook, request.subjects());
        if (request.bootstrap() < 0) {
            throw new AttuneException("--bootstrap takes a number of samples, 0 or more; got " + request.bootstrap());
        }
        List<TranscriptSummary> transcripts = transcripts(request);
        TurnUnits units = new TurnUnits(codebook, coders, subjects);
        try {
            int done = 0;
            for (TranscriptSummary summary : transcripts) {
                progress.update(done++, transcripts.size(), "reading " + summary.name());
                List<Role> roles = store.transcript(summary.name()).orElseThrow().turns().stream().map(Turn::role).toList();
                units.add(summary.name(), roles, store.codingsOfTranscript(summary.name()));
            }
        } finally {
            progress.finished();
        }
        List<Subject> lines = units.subjects();
        // Each line's bootstrap has a seed of its own, from the report's seed and the line, so a
        // line's interval does not depend on which other lines were asked for.
        List<AgreementLine> computed = IntStream.range(0, lines.size()).parallel()
                .mapToObj(i -> AgreementLine.of(lines.get(i), request.bootstrap(), lineSeed(request.seed(), lines.get(i))))
                .toList();
        int version = codebooks.current().map(CurrentCodebook::version).orElse(0);
        return new AgreementReport("turn", coders, version, TurnUnits.RULES, request.bootstrap(), request.seed(),
                units.counted(), units.leftOut(), new ArrayList<>(computed));
    }

    private static long lineSeed(long seed, Subject subject) {
        return seed ^ ((long) (subject.comparison() + ":" + subject.id()).hashCode() << 32);
    }

    private List<String> coders(List<String> asked) {
        if (asked.size() < 2) {
            throw new AttuneException("agreement compares two coders or more: give them as --coders A,B");
        }
        List<String> known = store.coderNames();
        List<String> out = new ArrayList<>();
        for (String name : asked) {
            String found = known.stream().filter(k -> k.equalsIgnoreCase(name.strip())).findFirst()
                    .orElseThrow(() -> new AttuneException("no coder named '" + name.strip() + "' in "
                            + store.path().getFileName() + "; its coders are " + (known.isEmpty() ? "none yet" : String.join(", ", known))));
            if (out.contains(found)) {
                throw new AttuneException("coder " + found + " is named twice in --coders");
            }
            out.add(found);
        }
        return out;
    }

    private static Set<String> subjects(Codebook codebook, List<String> asked) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : asked) {
            String id = name.strip().toLowerCase(Locale.ROOT);
            boolean group = codebook.group(id).isPresent();
            String code = codebook.findCode(name.strip()).map(c -> c.id()).orElse(null);
            if (!group && code == null) {
                throw new AttuneException("no code or group '" + name.strip() + "' in the codebook; its groups are "
                        + String.join(", ", codebook.groups().stream().map(CodeGroup::id).toList()));
            }
            out.add(group ? id : code);
        }
        return out;
    }

    private List<TranscriptSummary> transcripts(AgreementRequest request) {
        List<TranscriptSummary> all = store.transcripts();
        Set<String> names = new HashSet<>();
        all.forEach(t -> names.add(t.name()));
        for (String name : request.transcripts()) {
            if (!names.contains(name)) {
                throw new AttuneException("no transcript named '" + name + "' in " + store.path().getFileName());
            }
        }
        Set<String> dyads = new HashSet<>();
        all.forEach(t -> dyads.add(t.session().dyad()));
        for (String dyad : request.dyads()) {
            if (!dyads.contains(dyad)) {
                throw new AttuneException("no dyad '" + dyad + "' in " + store.path().getFileName());
            }
        }
        return all.stream()
                .filter(t -> request.transcripts().isEmpty() || request.transcripts().contains(t.name()))
                .filter(t -> request.dyads().isEmpty() || request.dyads().contains(t.session().dyad()))
                .toList();
    }
}
