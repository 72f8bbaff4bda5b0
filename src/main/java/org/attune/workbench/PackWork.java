package org.attune.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.attune.model.AttuneException;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.Round;
import org.attune.model.Transcript;
import org.attune.store.ProjectStore;

/**
 * Packs: a project file for one coder of a round, with the round's transcripts, the codebook, the
 * coder's own codings and, only when the round is open, the other coders'. The pack remembers
 * where it came from, for the merge that brings the coder's work back. Written as .qdpx, a pack is a
 * REFI-QDA project for a coder who works in another tool. With a pseudonym list, names are replaced
 * in what the pack holds, and the project remembers the list so the merge can carry codings back.
 */
final class PackWork {

    /** Keys of what a pack remembers of its origin, in its project_info. */
    static final String SOURCE = "pack.source";
    static final String SOURCE_CREATED = "pack.source_created_at";
    static final String ROUND = "pack.round";
    static final String CODER = "pack.coder";
    /** The fingerprint of the pseudonym list a pack was made with; the names stay in the source project. */
    static final String PSEUDONYMS = "pack.pseudonyms";
    /** How a .qdpx pack says whose it is, in its project description; the merge reads it back. */
    static final String QDPX_PACK = "Attune pack for coder: ";

    private final ProjectStore store;
    private final CodebookEditor codebooks;
    private final Clock clock;

    PackWork(ProjectStore store, CodebookEditor codebooks, Clock clock) {
        this.store = store;
        this.codebooks = codebooks;
        this.clock = clock;
    }

    /**
     * @param progress told of each transcript taken into the pack; may throw to stop it, leaving no pack
     * @param leftovers with a list, what to do when the pack, read back, still holds a listed name
     */
    PackReport pack(String roundName, String coderName, Path out, Pseudonyms pseudonyms, Leftovers leftovers, Progress progress) {
        Codebook codebook = codebooks.require();
        List<Round> rounds = store.rounds();
        String coder = store.coderNames().stream().filter(c -> c.equalsIgnoreCase(coderName.strip())).findFirst()
                .orElseThrow(() -> new AttuneException("no coder named '" + coderName.strip() + "' in " + store.path().getFileName()));
        Round round;
        if (roundName != null) {
            round = rounds.stream().filter(r -> r.name().equalsIgnoreCase(roundName.strip())).findFirst()
                    .orElseThrow(() -> new AttuneException("no round named '" + roundName.strip() + "' in " + store.path().getFileName()));
            if (!round.coders().contains(coder)) {
                throw new AttuneException(coder + " is not a coder of round " + round.name() + " (" + String.join(", ", round.coders())
                        + ")");
            }
        } else {
            round = rounds.stream().filter(r -> r.coders().contains(coder)).max(Comparator.comparing(Round::created))
                    .orElseThrow(() -> new AttuneException(coder + " is in no round: make one first with 'attune round create'"));
        }
        if (Files.exists(out)) {
            throw new AttuneException(out + " already exists: a pack is a new file");
        }
        List<Transcript> transcripts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Coding> codings = new ArrayList<>();
        PseudonymReport.Builder replaced = new PseudonymReport.Builder(pseudonyms);
        NameCheck check = new NameCheck(store);
        for (String t : round.transcripts()) {
            progress.update(names.size(), round.transcripts().size(), t);
            Transcript transcript = store.transcript(t).orElseThrow();
            List<Coding> its = store.codingsOfTranscript(t).stream()
                    .filter(c -> c.coder().equals(coder) || (!round.blind() && round.coders().contains(c.coder())))
                    .toList();
            Pseudonyms.Applied leaving = Pseudonyms.leaving(pseudonyms, transcript, its, replaced);
            check.look(leaving.transcript());
            transcripts.add(leaving.transcript());
            names.add(leaving.transcript().name());
            codings.addAll(leaving.codings());
        }
        boolean qdpx = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".qdpx");
        String sourceCreated = store.info("created_at").orElse("");
        java.util.Set<String> done = store.transcriptsDone(coder);
        // What else the pack says: the codebook's text, the project's, round's and coders' names, with the names replaced.
        java.util.Map<String, Integer> elsewhere = new java.util.LinkedHashMap<>();
        java.util.function.UnaryOperator<String> named = n -> pseudonyms == null ? n : pseudonyms.name(n, elsewhere);
        Codebook book = pseudonyms == null ? codebook : pseudonyms.codebook(codebook, elsewhere);
        String source = named.apply(store.path().getFileName().toString());
        String roundLeaving = named.apply(round.name());
        String coderLeaving = named.apply(coder);
        List<String> codersLeaving = (round.blind() ? List.of(coder) : round.coders()).stream().map(named).toList();
        List<String> leftoverWarnings = new ArrayList<>();
        java.util.function.Consumer<ProjectStore> fill = pack -> {
            new CodebookEditor(pack, clock).adopt(book, "from " + source + ", round " + roundLeaving);
            pack.addTranscripts(transcripts);
            pack.edit(edit -> {
                codings.forEach(edit::putCoding);
                edit.addRound(new Round(roundLeaving, round.blind(), codersLeaving, names, round.created()));
                // The coder's own marks of what they have finished come along.
                for (int i = 0; i < names.size(); i++) {
                    if (done.contains(round.transcripts().get(i))) {
                        edit.markDone(coderLeaving, names.get(i), true, clock.instant());
                    }
                }
                edit.setInfo(SOURCE, source);
                edit.setInfo(SOURCE_CREATED, sourceCreated);
                edit.setInfo(ROUND, roundLeaving);
                edit.setInfo(CODER, coderLeaving);
                if (pseudonyms != null) {
                    edit.setInfo(PSEUDONYMS, pseudonyms.id());
                }
                return null;
            });
        };
        if (qdpx) {
            // The pack is made as a project beside the file, written out as .qdpx (whole or not at all), and taken away.
            Path project = out.toAbsolutePath().resolveSibling("." + out.getFileName() + ".pack.attune");
            ProjectFiles.deleteQuietly(project);
            try (ProjectStore pack = ProjectStore.create(project)) {
                fill.accept(pack);
                new QdpxExport(pack, new CodebookEditor(pack, clock), clock).export(out, null, QDPX_PACK + coderLeaving, progress,
                        Leftovers.REFUSE);
                if (pseudonyms != null) {
                    leftoverWarnings.addAll(LeftoverScan.judge(out.getFileName().toString(), LeftoverScan.qdpx(out, pseudonyms), leftovers));
                }
                // The last moment a cancel can stop it: the pack is then taken away again.
                progress.update(names.size(), names.size(), "");
            } catch (RuntimeException e) {
                ProjectFiles.deleteQuietly(out); // it did not exist before (checked above)
                throw e;
            } finally {
                ProjectFiles.deleteQuietly(project);
            }
        } else {
            ProjectFiles.createWhole(out, pack -> {
                fill.accept(pack);
                if (pseudonyms != null) {
                    // Read back as whoever receives it would: a name found refuses the pack before it is moved into place.
                    leftoverWarnings.addAll(LeftoverScan.judge(out.getFileName().toString(), LeftoverScan.project(pack, pseudonyms), leftovers));
                }
                // The last moment a cancel can stop it: the pack is then never moved into place.
                progress.update(names.size(), names.size(), "");
                return null;
            });
        }
        if (pseudonyms != null) {
            // The project keeps the list (not the pack, which must not carry the names), so the merge can map codings
            // back; only once the pack is written, so that a pack that failed or was cancelled changes nothing.
            PseudonymLists.remember(store, pseudonyms);
        }
        replaced.add(elsewhere);
        List<String> warnings = new ArrayList<>(check.warnings());
        warnings.addAll(leftoverWarnings);
        return new PackReport(out, round.name(), coder, round.blind(), transcripts.size(), codings.size(),
                pseudonyms == null ? null : replaced.build(), warnings);
    }
}
