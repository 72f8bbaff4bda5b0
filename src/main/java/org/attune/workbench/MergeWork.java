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
import java.util.Set;
import org.attune.model.AttuneException;
import org.attune.model.Code;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.TranscriptSummary;
import org.attune.store.ProjectStore;

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

    MergeWork(ProjectStore store, CodebookEditor codebooks) {
        this.store = store;
        this.codebooks = codebooks;
    }

    /** A coding's identity: coder, transcript, code and span. */
    private record Key(String coder, String transcript, String code, org.attune.model.Span span) {
        static Key of(Coding c) {
            return new Key(c.coder(), c.transcript(), c.codeId(), c.span());
        }
    }

    /** The codings that come in, and the transcripts they touch. */
    record Incoming(Map<Key, Coding> codings, Map<Key, String> from, Set<String> coders, Set<String> transcripts) {
    }

    MergeReport merge(List<Path> files) {
        if (files.isEmpty()) {
            throw new AttuneException("name the files to merge");
        }
        Codebook codebook = codebooks.require();
        Map<String, String> byHash = new HashMap<>();
        store.transcripts().forEach(t -> byHash.put(t.contentHash(), t.name()));
        Incoming in = new Incoming(new LinkedHashMap<>(), new HashMap<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            read(file, codebook, byHash, in, problems);
        }
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
        for (Coding c : in.codings().values()) {
            Coding had = existing.get(Key.of(c));
            if (had == null) {
                toPut.add(c);
                added++;
            } else if (same(had, c)) {
                unchanged++;
            } else if (c.updated().isAfter(had.updated())) {
                toPut.add(c);
                updated++;
            } else {
                unchanged++;
            }
        }
        int kept = (int) existing.keySet().stream().filter(k -> !in.codings().containsKey(k)).count();
        if (!toPut.isEmpty()) {
            store.edit(edit -> {
                for (Coding c : toPut) {
                    CodingsWork.put(edit, codebook, c);
                }
                return null;
            });
        }
        return new MergeReport(files.stream().map(f -> f.getFileName().toString()).toList(), added, updated, unchanged, kept,
                List.copyOf(in.coders()));
    }

    private void read(Path file, Codebook codebook, Map<String, String> byHash, Incoming in, List<String> problems) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            problems.add(name + ": no such file");
            return;
        }
        if (file.toAbsolutePath().normalize().equals(store.path().toAbsolutePath().normalize())) {
            problems.add(name + " is the project itself");
            return;
        }
        try (ProjectStore pack = ProjectStore.open(file, ProjectStore.Access.READ_ONLY)) {
            // A pack speaks for its coder; a project that is no pack, for all its coders.
            String packCoder = pack.info(PackWork.CODER).orElse(null);
            Map<String, String> transcripts = new HashMap<>();
            for (TranscriptSummary t : pack.transcripts()) {
                String here = byHash.get(t.contentHash());
                if (here == null) {
                    problems.add(name + ": transcript " + t.name() + " is not in " + store.path().getFileName()
                            + " (no transcript there has the same content)");
                } else {
                    transcripts.put(t.name(), here);
                }
            }
            for (Coding c : pack.codings()) {
                if (packCoder != null && !packCoder.equals(c.coder())) {
                    continue;
                }
                String transcript = transcripts.get(c.transcript());
                if (transcript == null) {
                    continue;
                }
                Code code = codebook.code(c.codeId()).orElse(null);
                if (code == null) {
                    problems.add(name + ": " + c.coder() + "'s coding in " + c.transcript() + " turn " + c.span().startTurn()
                            + " uses code '" + c.codeId() + "', which the project's codebook does not have");
                    continue;
                }
                if (code.isScale() && (c.value() == null || code.level(c.value()).isEmpty())) {
                    problems.add(name + ": " + c.coder() + "'s " + c.codeId() + " in " + c.transcript() + " turn "
                            + c.span().startTurn() + " has level " + c.value() + ", which the project's codebook does not have");
                    continue;
                }
                Coding here = new Coding(c.coder(), transcript, c.codeId(), c.span(), c.value(), c.memo(), c.created(), c.updated());
                Key key = Key.of(here);
                Coding other = in.codings().get(key);
                if (other != null && !same(other, here)) {
                    problems.add(name + " and " + in.from().get(key) + " give " + c.coder() + "'s " + c.codeId() + " in "
                            + transcript + " turn " + c.span().startTurn() + " differently");
                    continue;
                }
                in.codings().put(key, here);
                in.from().putIfAbsent(key, name);
                in.coders().add(c.coder());
                in.transcripts().add(transcript);
            }
        } catch (AttuneException e) {
            problems.add(name + ": " + e.getMessage());
        }
    }

    private static boolean same(Coding a, Coding b) {
        return Objects.equals(a.value(), b.value()) && Objects.equals(a.memo(), b.memo());
    }
}
