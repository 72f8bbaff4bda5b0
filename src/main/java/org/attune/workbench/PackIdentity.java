package org.attune.workbench;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.attune.model.Coding;
import org.attune.model.Round;
import org.attune.store.ProjectStore;

/**
 * Whether a pack is the one coder's it says it is: what {@link PackWork} wrote into it (its source,
 * round and coder, the round's coders, the coder's done marks) must agree with itself and with the
 * project it returns to. A pack made for anna and edited to claim ben's (its coder or its round
 * relabelled) is refused, so that nobody's work comes in under another's name.
 */
final class PackIdentity {

    private final ProjectStore project;
    private final ProjectStore pack;
    private final String coder;
    private final Map<String, String> hashes;
    private final Function<String, Optional<String>> projectTranscript;
    private final java.util.function.UnaryOperator<String> back;

    /**
     * @param hashes the pack's transcripts' content hashes, by name, recomputed from their turns
     * @param projectTranscript the project's transcript a content hash stands for, if any
     */
    PackIdentity(ProjectStore project, ProjectStore pack, String coder, Map<String, String> hashes,
                 Function<String, Optional<String>> projectTranscript) {
        this(project, pack, coder, hashes, projectTranscript, java.util.function.UnaryOperator.identity());
    }

    /**
     * @param back the project's name for a name the pack carries: a pseudonymised pack carries its
     *             coder's and round's names as the pseudonym list made them
     */
    PackIdentity(ProjectStore project, ProjectStore pack, String coder, Map<String, String> hashes,
                 Function<String, Optional<String>> projectTranscript, java.util.function.UnaryOperator<String> back) {
        this.back = back;
        this.project = project;
        this.pack = pack;
        this.coder = coder;
        this.hashes = hashes;
        this.projectTranscript = projectTranscript;
    }

    /** Why the pack is not its coder's, or empty when it is. */
    Optional<String> problem() {
        String name = pack.path().getFileName().toString();
        String says = name + " says it is " + coder + "'s pack";
        if (!project.coderNames().contains(coder)) {
            return Optional.of(says + ", and " + project.path().getFileName() + " has no coder " + coder);
        }
        String sourceCreated = pack.info(PackWork.SOURCE_CREATED).orElse("");
        String created = project.info("created_at").orElse("");
        if (!sourceCreated.isEmpty() && !sourceCreated.equals(created)) {
            return Optional.of(name + " was made from a project created at " + sourceCreated + ", and "
                    + project.path().getFileName() + " was created at " + created + ": it is another project's pack");
        }
        String roundName = back.apply(pack.info(PackWork.ROUND).orElse(null));
        Optional<Round> round = project.rounds().stream().filter(r -> r.name().equals(roundName)).findFirst();
        if (round.isEmpty()) {
            return Optional.of(says + " of round " + roundName + ", which " + project.path().getFileName() + " does not have");
        }
        if (!round.get().coders().contains(coder)) {
            return Optional.of(says + " of round " + roundName + ", and " + coder + " is not a coder of that round ("
                    + String.join(", ", round.get().coders()) + ")");
        }
        List<Round> its = pack.rounds();
        if (its.size() != 1 || !back.apply(its.getFirst().name()).equals(roundName)) {
            return Optional.of(says + " of round " + roundName + ", but it holds the round"
                    + (its.size() == 1 ? " " : "s ") + String.join(", ", its.stream().map(Round::name).toList()));
        }
        List<String> expected = round.get().blind() ? List.of(coder) : round.get().coders();
        if (!Objects.equals(its.getFirst().coders().stream().map(back).toList(), expected)) {
            return Optional.of(says + ", but its round " + roundName + " is for " + String.join(", ", its.getFirst().coders())
                    + " (a pack of that round for " + coder + " is for " + String.join(", ", expected) + ")");
        }
        for (Map.Entry<String, String> t : hashes.entrySet()) {
            Optional<String> here = projectTranscript.apply(t.getValue());
            if (here.isPresent() && !round.get().transcripts().contains(here.get())) {
                return Optional.of(says + " of round " + roundName + ", but holds " + t.getKey() + ", which is not in that round");
            }
        }
        for (String other : pack.coderNames()) {
            if (!back.apply(other).equals(coder) && !pack.transcriptsDone(other).isEmpty()) {
                return Optional.of(says + ", but " + other + " marked transcripts done in it");
            }
        }
        // The other coders' codings are copies, to be seen, not changed: a change to one means the pack was someone else's.
        Instant made;
        try {
            made = pack.info("created_at").map(Instant::parse).orElse(Instant.MAX);
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.of(says + ", but the time it was made is no time: " + pack.info("created_at").orElse(""));
        }
        for (Coding c : pack.codings()) {
            if (!back.apply(c.coder()).equals(coder) && c.updated().isAfter(made)) {
                return Optional.of(says + ", but " + c.coder() + "'s coding of " + c.codeId() + " in " + c.transcript() + " turn "
                        + c.span().startTurn() + " was changed in it at " + c.updated() + ", after it was made (" + made + ")");
            }
        }
        return Optional.empty();
    }
}
