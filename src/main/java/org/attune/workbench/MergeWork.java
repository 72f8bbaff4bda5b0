package org.attune.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.attune.model.AttuneException;
import org.attune.model.Code;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.TranscriptSummary;
import org.attune.store.ProjectStore;
import org.attune.transcript.ContentHash;

/**
 * Brings coders' work back from their packs (or any Attune project): transcripts matched by
 * content, codes by id, each file's coder's codings added or updated, nothing duplicated and
 * nothing deleted. All files are checked before anything changes; a file the project cannot take
 * (an unknown transcript, a code the codebook lacks, a level it does not have), or two files that
 * claim the same coding differently, leave the project as it was.
 */
final class MergeWork {

    private final ProjectStore store;
    private final CodebookEditor codebooks;
    private final java.time.Clock clock;

    MergeWork(ProjectStore store, CodebookEditor codebooks, java.time.Clock clock) {
        this.store = store;
        this.codebooks = codebooks;
        this.clock = clock;
    }

    /**
     * A transcript of the project as a file may hold it: its own text, or the text a pseudonym list
     * the project remembers made of it (then its codings must be carried back).
     */
    private record Match(String name, Pseudonyms pseudonyms, List<Pseudonyms.Edits> edits) {
    }

    /**
     * What one file holds: its transcripts by name, their content hashes (recomputed from their turns, never read
     * from the file), its codings, and whose they are.
     */
    private record Holding(Map<String, org.attune.model.Transcript> transcripts, Map<String, String> hashes,
                           List<Coding> codings, String packCoder, List<String> leftOut) {
    }

    /** A coding's identity: coder, transcript, code and span. */
    private record Key(String coder, String transcript, String code, org.attune.model.Span span) {
        static Key of(Coding c) {
            return new Key(c.coder(), c.transcript(), c.codeId(), c.span());
        }
    }

    /** The codings that come in, and the transcripts they touch. */
    record Incoming(Map<Key, Coding> codings, Map<Key, String> from, Set<String> coders, Set<String> transcripts,
                    List<String> notTaken) {
    }

    /** @param progress told of each file before it is read; may throw to stop the merge before anything changes */
    MergeReport merge(List<Path> files, Progress progress) {
        if (files.isEmpty()) {
            throw new AttuneException("name the files to merge");
        }
        Codebook codebook = codebooks.require();
        Map<String, Match> byHash = matches();
        Map<String, String> mergedInto = CodebookEditor.mergedCodes(store.codebookHistory());
        Incoming in = new Incoming(new LinkedHashMap<>(), new HashMap<>(), new LinkedHashSet<>(), new LinkedHashSet<>(),
                new ArrayList<>());
        List<String> problems = new ArrayList<>();
        int[] reconciled = {0};
        for (Path file : files) {
            progress.update(files.indexOf(file), files.size(), file.getFileName().toString());
            read(file, codebook, byHash, mergedInto, in, problems, reconciled);
        }
        exclusiveProblems(codebook, in, problems);
        if (!problems.isEmpty()) {
            throw new AttuneException("nothing merged: " + String.join("; ", problems));
        }
        // Compare with what the project has, then change it in one transaction.
        Map<Key, Coding> existing = new HashMap<>();
        for (String transcript : in.transcripts()) {
            for (Coding c : store.codingsOfTranscript(transcript)) {
                if (in.coders().contains(c.coder())) {
                    existing.put(Key.of(c), c);
                }
            }
        }
        List<Coding> toPut = new ArrayList<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        java.time.Instant now = clock.instant();
        List<String> notTaken = in.notTaken();
        Map<String, List<Coding>> byCoderAndTranscript = new HashMap<>();
        existing.values().forEach(e -> byCoderAndTranscript.computeIfAbsent(e.coder() + "\u0000" + e.transcript(),
                k -> new ArrayList<>()).add(e));
        for (Coding c : in.codings().values()) {
            Coding had = existing.get(Key.of(c));
            boolean future = c.updated().isAfter(now);
            if (had == null) {
                // A time from the future is not kept: it would win over every later change.
                Coding put = future || c.created().isAfter(now) ? new Coding(c.coder(), c.transcript(), c.codeId(), c.span(),
                        c.value(), c.memo(), c.created().isAfter(now) ? now : c.created(), future ? now : c.updated()) : c;
                Optional<Coding> rival = laterRival(codebook, put,
                        byCoderAndTranscript.getOrDefault(c.coder() + "\u0000" + c.transcript(), List.of()));
                if (rival.isPresent()) {
                    notTaken.add(in.from().get(Key.of(c)) + ": " + describe(c) + " was changed at " + put.updated()
                            + ", and the project has " + rival.get().coder() + "'s '" + rival.get().codeId() + "' of the same "
                            + "exclusive group on turn " + rival.get().span().startTurn() + ", changed later ("
                            + rival.get().updated() + "): the later change is kept");
                    unchanged++;
                    continue;
                }
                toPut.add(put);
                added++;
            } else if (same(had, c)) {
                unchanged++;
            } else if (future) {
                notTaken.add(in.from().get(Key.of(c)) + ": " + describe(c) + " was changed at " + c.updated()
                        + ", which is later than now (" + now + "): the project's is kept");
                unchanged++;
            } else if (c.updated().isAfter(had.updated())) {
                toPut.add(c);
                updated++;
            } else {
                notTaken.add(in.from().get(Key.of(c)) + ": " + describe(c) + " was changed at " + c.updated()
                        + ", and the project's at " + had.updated() + ": the later change is kept");
                unchanged++;
            }
        }
        int kept = (int) existing.keySet().stream().filter(k -> !in.codings().containsKey(k)).count();
        // The last moment a cancel can stop it: after this the project changes in one transaction.
        progress.update(files.size(), files.size(), "");
        List<Coding> replaced = new ArrayList<>();
        if (!toPut.isEmpty()) {
            store.edit(edit -> {
                for (Coding c : toPut) {
                    replaced.addAll(CodingsWork.put(edit, codebook, c));
                }
                return null;
            });
        }
        return new MergeReport(files.stream().map(f -> f.getFileName().toString()).toList(), added, updated, unchanged, kept,
                List.copyOf(in.coders()), reconciled[0], notTaken, replaced);
    }

    /**
     * The project's coding of another code of the same exclusive group on the same coder's turns, changed no earlier
     * than {@code c}, which putting {@code c} would replace: then the project's holds, as the later change.
     */
    private static Optional<Coding> laterRival(Codebook codebook, Coding c, java.util.Collection<Coding> existing) {
        org.attune.model.CodeGroup group = codebook.groupOf(c.codeId()).orElseThrow();
        if (!group.exclusive()) {
            return Optional.empty();
        }
        return existing.stream()
                .filter(e -> e.coder().equals(c.coder()) && e.transcript().equals(c.transcript()) && !e.codeId().equals(c.codeId()))
                .filter(e -> group.codes().stream().anyMatch(code -> code.id().equals(e.codeId())))
                .filter(e -> e.span().startTurn() <= c.span().endTurn() && c.span().startTurn() <= e.span().endTurn())
                .filter(e -> !e.updated().isBefore(c.updated()))
                .findFirst();
    }

    /** A coding as a report names it: whose, which code, where. */
    private static String describe(Coding c) {
        return c.coder() + "'s coding of " + c.codeId() + " in " + c.transcript() + " turn " + c.span().startTurn();
    }

    /** Two codes of an exclusive group that would come in on the same turn of the same coder: the files cannot say which holds. */
    private static void exclusiveProblems(Codebook codebook, Incoming in, List<String> problems) {
        Map<String, Key> units = new HashMap<>();
        for (Key key : in.codings().keySet()) {
            org.attune.model.CodeGroup group = codebook.groupOf(key.code()).orElseThrow();
            if (!group.exclusive()) {
                continue;
            }
            for (int t = key.span().startTurn(); t <= key.span().endTurn(); t++) {
                String unit = key.coder() + "\u0000" + key.transcript() + "\u0000" + t + "\u0000" + group.id();
                Key other = units.putIfAbsent(unit, key);
                if (other != null && !other.code().equals(key.code())) {
                    problems.add(in.from().get(key) + ": " + key.coder() + " has '" + other.code() + "' and '" + key.code()
                            + "' on turn " + t + " of " + key.transcript() + ", and group '" + group.id()
                            + "' is exclusive: at most one of its codes per turn");
                }
            }
        }
    }

    /** The project's transcripts by content hash, as they are and as each remembered pseudonym list made them. */
    private Map<String, Match> matches() {
        Map<String, Match> byHash = new HashMap<>();
        List<Pseudonyms> lists = PseudonymLists.allRemembered(store);
        for (TranscriptSummary t : store.transcripts()) {
            byHash.put(t.contentHash(), new Match(t.name(), null, null));
            if (!lists.isEmpty()) {
                org.attune.model.Transcript transcript = store.transcript(t.name()).orElseThrow();
                for (Pseudonyms list : lists) {
                    Pseudonyms.Applied applied = list.apply(transcript, List.of());
                    byHash.putIfAbsent(applied.transcript().contentHash(), new Match(t.name(), list, applied.edits()));
                }
            }
        }
        return byHash;
    }

    /** A pack or project file, or a REFI-QDA project (whose users' codings all come in). */
    private Holding holding(Path file, Map<String, Match> byHash) {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".qdpx")) {
            QdpxImport.Read read = new QdpxImport(clock).read(file, org.attune.transcript.SpeakerRoles.byCommonLabels());
            Map<String, org.attune.model.Transcript> transcripts = new LinkedHashMap<>();
            Map<String, String> hashes = new LinkedHashMap<>();
            read.transcripts().forEach(t -> {
                transcripts.put(t.name(), t);
                hashes.put(t.name(), ContentHash.of(t.turns()));
            });
            if (read.packCoder() == null) {
                return new Holding(transcripts, hashes, read.codings(), null, read.codingsLeftOut());
            }
            String packCoder = PseudonymLists.namesBack(store).apply(read.packCoder());
            // A .qdpx pack says whose it is only in its description: that coder must be one of a round holding its transcripts.
            List<String> here = hashes.values().stream().map(byHash::get).filter(Objects::nonNull).map(Match::name).toList();
            boolean theirs = store.rounds().stream().anyMatch(r -> r.coders().contains(packCoder)
                    && r.transcripts().containsAll(here));
            if (!theirs) {
                throw new AttuneException(file.getFileName() + " says it is " + packCoder + "'s pack, and "
                        + packCoder + " is a coder of no round of " + store.path().getFileName() + " that holds its transcripts");
            }
            // Another tool writes the codings under its own user ("Eve Smith"): in a coder's pack, a user the
            // project does not know is that coder. Names differing must never lose a coder's work.
            Set<String> known = new java.util.HashSet<>(store.coderNames());
            List<Coding> codings = read.codings().stream().map(c -> known.contains(c.coder()) ? c
                    : new Coding(packCoder, c.transcript(), c.codeId(), c.span(), c.value(), c.memo(), c.created(), c.updated()))
                    .toList();
            return new Holding(transcripts, hashes, codings, packCoder, read.codingsLeftOut());
        }
        try (ProjectStore pack = ProjectStore.open(file, ProjectStore.Access.READ_ONLY)) {
            Map<String, org.attune.model.Transcript> transcripts = new LinkedHashMap<>();
            Map<String, String> hashes = new LinkedHashMap<>();
            for (TranscriptSummary t : pack.transcripts()) {
                org.attune.model.Transcript transcript = pack.transcript(t.name()).orElseThrow();
                transcripts.put(t.name(), transcript);
                hashes.put(t.name(), ContentHash.of(transcript.turns()));
            }
            // A pseudonymised pack carries its coder's and round's names as the list made them: back to the project's.
            java.util.function.UnaryOperator<String> back = PseudonymLists.namesBack(store);
            String coder = back.apply(pack.info(PackWork.CODER).orElse(null));
            if (coder != null) {
                Optional<String> refused = new PackIdentity(store, pack, coder, hashes,
                        hash -> Optional.ofNullable(byHash.get(hash)).map(Match::name), back).problem();
                if (refused.isPresent()) {
                    throw new AttuneException(refused.get());
                }
            }
            List<Coding> codings = pack.codings().stream().map(c -> {
                String own = back.apply(c.coder());
                return own.equals(c.coder()) ? c
                        : new Coding(own, c.transcript(), c.codeId(), c.span(), c.value(), c.memo(), c.created(), c.updated());
            }).toList();
            return new Holding(transcripts, hashes, codings, coder, List.of());
        }
    }

    private void read(Path file, Codebook codebook, Map<String, Match> byHash, Map<String, String> mergedInto, Incoming in,
                      List<String> problems, int[] reconciled) {
        String name = file.getFileName().toString();
        try {
            org.attune.io.InputFile.check(file, Long.MAX_VALUE);
        } catch (org.attune.io.UnreadableFileException e) {
            problems.add(name + ": " + e.getMessage());
            return;
        }
        if (file.toAbsolutePath().normalize().equals(store.path().toAbsolutePath().normalize())) {
            problems.add(name + " is the project itself");
            return;
        }
        Holding holding;
        try {
            holding = holding(file, byHash);
        } catch (AttuneException e) {
            problems.add(e.getMessage().startsWith(name) ? e.getMessage() : name + ": " + e.getMessage());
            return;
        }
        // What a REFI-QDA file holds that could not be a coding at all is not taken either.
        holding.leftOut().forEach(line -> in.notTaken().add(name + ": " + line));
        // A pack speaks for its coder; a project that is no pack, for all its coders.
        Map<String, Match> transcripts = new HashMap<>();
        holding.hashes().forEach((transcript, hash) -> {
            Match here = byHash.get(hash);
            if (here == null) {
                problems.add(name + ": transcript " + transcript + " is not in " + store.path().getFileName()
                        + " (no transcript there has the same content, nor the same content under a pseudonym list it keeps)");
            } else {
                transcripts.put(transcript, here);
            }
        });
        Map<String, org.attune.model.Transcript> originals = new HashMap<>();
        for (Coding c : holding.codings()) {
            if (holding.packCoder() != null && !holding.packCoder().equals(c.coder())) {
                in.notTaken().add(name + ": " + describe(c) + " is not taken: the pack is " + holding.packCoder()
                        + "'s, and brings back only " + holding.packCoder() + "'s codings");
                continue;
            }
            Match match = transcripts.get(c.transcript());
            if (match == null) {
                continue;
            }
            String transcript = match.name();
            String codeId = c.codeId();
            Code code = codebook.code(codeId).orElse(null);
            if (code == null && mergedInto.containsKey(codeId)) {
                // The lead merged this code into another since the pack was made: the coding follows, as the project's did.
                String into = codeId;
                for (int hops = 0; hops < 100 && mergedInto.containsKey(into) && codebook.code(into).isEmpty(); hops++) {
                    into = mergedInto.get(into);
                }
                code = codebook.code(into).orElse(null);
                if (code != null) {
                    codeId = into;
                    reconciled[0]++;
                }
            }
            if (code == null) {
                problems.add(name + ": " + c.coder() + "'s coding in " + c.transcript() + " turn " + c.span().startTurn()
                        + " uses code '" + c.codeId() + "', which the project's codebook does not have"
                        + CodebookEditor.fate(store.codebookHistory(), c.codeId()));
                continue;
            }
            // The rules of a key press, first on the file's own text (so a span past its end is named as the file has it),
            // then on the project's, where the coding will be.
            org.attune.model.Transcript original = originals.computeIfAbsent(transcript, t -> store.transcript(t).orElseThrow());
            Coding asFiled = new Coding(c.coder(), c.transcript(), codeId, c.span(), c.value(), c.memo(), c.created(), c.updated());
            Optional<String> broken = CodingRules.problem(codebook, asFiled, holding.transcripts().get(c.transcript()));
            org.attune.model.Span span = c.span();
            if (broken.isEmpty() && match.pseudonyms() != null) {
                span = Pseudonyms.restore(c, match.edits(), original).span();
            }
            Coding here = new Coding(c.coder(), transcript, codeId, span, c.value(), c.memo(), c.created(), c.updated());
            if (broken.isEmpty()) {
                broken = CodingRules.problem(codebook, here, original);
            }
            if (broken.isPresent()) {
                problems.add(name + ": " + describe(asFiled) + ": " + broken.get());
                continue;
            }
            Key key = Key.of(here);
            Coding other = in.codings().get(key);
            if (other != null && !same(other, here)) {
                problems.add(name + " and " + in.from().get(key) + " give " + c.coder() + "'s " + codeId + " in "
                        + transcript + " turn " + span.startTurn() + " differently");
                continue;
            }
            in.codings().put(key, here);
            in.from().putIfAbsent(key, name);
            in.coders().add(c.coder());
            in.transcripts().add(transcript);
        }
    }

    private static boolean same(Coding a, Coding b) {
        return Objects.equals(a.value(), b.value()) && Objects.equals(a.memo(), b.memo());
    }
}
