package org.attune.workbench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.attune.codebook.CodebookFiles;
import org.attune.codebook.CodebookYaml;
import org.attune.codebook.ReadCodebook;
import org.attune.model.AttuneException;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.Transcript;
import org.attune.model.CodebookVersion;
import org.attune.store.ProjectEdit;
import org.attune.store.ProjectStore;

/**
 * The codebook's use cases: attach or replace it, rename, merge, split and delete codes. Every
 * change makes a new version kept in the project, in one transaction with what it does to
 * codings; a change that would orphan or break codings is refused, with the list, unless forced.
 */
final class CodebookEditor {

    private final ProjectStore store;
    private final Clock clock;
    /** The last version parsed, and what it parsed to. */
    private CodebookVersion parsedVersion;
    private Codebook parsed;

    /** How the history names a merge and a deletion; {@link #mergedCodes} reads them back. */
    private static final String MERGED = "merged code '";
    private static final String DELETED = "deleted code '";

    /**
     * Which code each merged code went into, from a codebook's history: what lets codings made
     * against an older version (a coder's pack) follow the merge.
     */
    static java.util.Map<String, String> mergedCodes(List<CodebookVersion> history) {
        java.util.Map<String, String> into = new java.util.HashMap<>();
        for (CodebookVersion version : history) {
            String change = version.change();
            if (change.startsWith(MERGED)) {
                int quote = change.indexOf("' into '", MERGED.length());
                if (quote > 0 && change.endsWith("'")) {
                    into.put(change.substring(MERGED.length(), quote), change.substring(quote + "' into '".length(), change.length() - 1));
                }
            }
        }
        return into;
    }

    /** What became of a code the codebook no longer has, as its history tells: ", deleted in version 4", or "". */
    static String fate(List<CodebookVersion> history, String codeId) {
        for (CodebookVersion version : history) {
            if (version.change().equals(DELETED + codeId + "'")) {
                return " (it was deleted from the codebook in version " + version.version() + ")";
            }
        }
        return "";
    }

    CodebookEditor(ProjectStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Optional<CurrentCodebook> current() {
        return store.codebook().map(v -> new CurrentCodebook(parse(v), v.version(), v.createdAt(), v.change(),
                store.codingCountsByCode()));
    }

    /** The codebook alone, without the counts of its codings, which take a scan of them all. */
    Optional<Codebook> codebook() {
        return store.codebook().map(this::parse);
    }

    Codebook require() {
        return codebook().orElseThrow(() -> new AttuneException(store.path().getFileName()
                + " has no codebook yet: attach one with 'attune codebook use " + store.path() + " FILE'"));
    }

    /** Makes a codebook this project's, as its first version: for a new project made from another. */
    CodebookChange adopt(Codebook codebook, String change) {
        return save(codebook, change, false, new ArrayList<>(), edit -> { });
    }

    CodebookChange use(Path file, boolean force) {
        ReadCodebook read = CodebookFiles.read(file);
        List<String> effects = new ArrayList<>(read.discarded());
        return save(read.codebook(), "attached " + file.getFileName(), force, effects, edit -> { });
    }

    CodebookChange rename(String codeId, String newName) {
        Codebook codebook = require();
        Code code = code(codebook, codeId);
        if (newName == null || newName.isBlank()) {
            throw new AttuneException("a code needs a name");
        }
        return save(codebook.withCode(code.id(), c -> c.withName(newName.strip())),
                "renamed code '" + code.id() + "' from '" + code.name() + "' to '" + newName.strip() + "'", false, List.of(),
                edit -> { });
    }

    CodebookChange merge(String fromId, String intoId, boolean force) {
        Codebook codebook = require();
        Code from = code(codebook, fromId);
        Code into = code(codebook, intoId);
        if (from.id().equals(into.id())) {
            throw new AttuneException("cannot merge code '" + from.id() + "' into itself");
        }
        if (from.kind() != into.kind()) {
            throw new AttuneException("cannot merge " + from.kind().label() + " code '" + from.id() + "' into "
                    + into.kind().label() + " code '" + into.id() + "'");
        }
        List<Coding> moved = store.codings().stream().filter(c -> c.codeId().equals(from.id()))
                .map(c -> new Coding(c.coder(), c.transcript(), into.id(), c.span(), c.value(), c.memo(), c.created(), c.updated()))
                .toList();
        Codebook merged = codebook.withoutCode(from.id());
        // The codings that move must keep the rules of the code they move to.
        List<Coding> others = store.codings().stream().filter(c -> !c.codeId().equals(from.id())).toList();
        List<Coding> after = new ArrayList<>(others);
        after.addAll(moved);
        List<CodingAudit.Broken> broken = CodingAudit.of(merged, after, transcripts()).stream()
                .filter(b -> moved.contains(b.coding())).toList();
        if (!broken.isEmpty() && !force) {
            throw new AttuneException("merging '" + from.id() + "' into '" + into.id() + "' would break "
                    + CodingAudit.summary(broken) + "; use --force to delete those");
        }
        List<String> effects = new ArrayList<>();
        CodeGroup fromGroup = codebook.groupOf(from.id()).orElseThrow();
        if (merged.group(fromGroup.id()).isEmpty()) {
            effects.add("group '" + fromGroup.id() + "' had no other code and went with it");
        }
        String change = MERGED + from.id() + "' into '" + into.id() + "'";
        return save(merged, change, force, effects, edit -> {
            for (CodingAudit.Broken b : broken) {
                Coding original = new Coding(b.coding().coder(), b.coding().transcript(), from.id(), b.coding().span(),
                        b.coding().value(), b.coding().memo(), b.coding().created(), b.coding().updated());
                edit.removeCoding(original);
            }
            int[] result = edit.moveCodings(from.id(), into.id());
            effects.add(result[0] + (result[0] == 1 ? " coding" : " codings") + " moved from '" + from.id() + "' to '"
                    + into.id() + "'" + (result[1] > 0 ? "; " + result[1] + " dropped, as the coder had '" + into.id()
                    + "' there already" : ""));
            if (!broken.isEmpty()) {
                effects.add(broken.size() + " deleted because they broke the rules of '" + into.id() + "' ("
                        + broken.getFirst().reason() + ")");
            }
        });
    }

    CodebookChange split(String codeId, String newId, String newName) {
        Codebook codebook = require();
        Code code = code(codebook, codeId);
        if (newId == null || !Code.ID.matcher(newId).matches()) {
            throw new AttuneException("new code id '" + newId + "' must be lower case letters, digits, '-' and '_'");
        }
        if (codebook.code(newId).isPresent() || codebook.group(newId).isPresent()) {
            throw new AttuneException("id '" + newId + "' is already used in the codebook");
        }
        String name = newName == null || newName.isBlank() ? code.name() + " (split)" : newName.strip();
        Code added = new Code(newId, name, code.description(), code.inclusion(), code.exclusion(), code.examples(),
                code.color(), null, code.kind(), code.measure(), code.levels());
        long codings = store.codingCountsByCode().getOrDefault(code.id(), 0L);
        List<String> effects = List.of("the " + codings + (codings == 1 ? " coding" : " codings") + " of '" + code.id()
                + "' stay with it; recode those that belong to '" + newId + "'");
        return save(codebook.withCodeAfter(code.id(), added), "split code '" + code.id() + "': added '" + newId + "'",
                false, effects, edit -> { });
    }

    CodebookChange delete(String codeId, boolean force) {
        Codebook codebook = require();
        Code code = code(codebook, codeId);
        CodeGroup group = codebook.groupOf(code.id()).orElseThrow();
        if (group.codes().size() == 1) {
            throw new AttuneException("'" + code.id() + "' is the only code of group '" + group.id()
                    + "'; a group needs at least one code");
        }
        List<Coding> codings = store.codings().stream().filter(c -> c.codeId().equals(code.id())).toList();
        if (!codings.isEmpty() && !force) {
            throw new AttuneException("code '" + code.id() + "' has " + byCoder(codings) + ": merge it into another code "
                    + "(attune codebook merge), or delete it with its codings with --force");
        }
        List<String> effects = new ArrayList<>();
        return save(codebook.withoutCode(code.id()), DELETED + code.id() + "'", false, effects, edit -> {
            int deleted = edit.deleteCodingsOfCode(code.id());
            if (deleted > 0) {
                effects.add("deleted its " + byCoder(codings));
            }
        });
    }

    /** Adds a flag code at the end of a group; its id is made from the name unless given. */
    CodebookChange add(String groupIdOrName, String id, String name, String color, String key) {
        Codebook codebook = require();
        CodeGroup group = group(codebook, groupIdOrName);
        if (name == null || name.isBlank()) {
            throw new AttuneException("a code needs a name");
        }
        String codeId = id;
        if (codeId == null || codeId.isBlank()) {
            org.attune.codebook.CodeIds ids = new org.attune.codebook.CodeIds();
            codebook.groups().forEach(g -> {
                ids.reserve(g.id());
                g.codes().forEach(c -> ids.reserve(c.id()));
            });
            codeId = ids.fromName(name.strip());
        } else if (!Code.ID.matcher(codeId).matches()) {
            throw new AttuneException("code id '" + codeId + "' must be lower case letters, digits, '-' and '_'");
        } else if (codebook.code(codeId).isPresent() || codebook.group(codeId).isPresent()) {
            throw new AttuneException("id '" + codeId + "' is already used in the codebook");
        }
        String newId = codeId;
        Code code = valid(() -> new Code(newId, name.strip(), "", "", "", List.of(), blankToNull(color), keyFree(codebook, key, null),
                org.attune.model.CodeKind.FLAG, null, List.of()));
        return save(codebook.withCodeAdded(group.id(), code), "added code '" + code.id() + "' to '" + group.id() + "'", false,
                List.of(), edit -> { });
    }

    /** Gives a code another color, or none. */
    CodebookChange recolor(String codeId, String color) {
        Codebook codebook = require();
        Code code = code(codebook, codeId);
        Code changed = valid(() -> code.withColor(blankToNull(color)));
        return save(codebook.withCode(code.id(), c -> changed), "recolored code '" + code.id() + "' to "
                + (changed.color() == null ? "none" : changed.color()), false, List.of(), edit -> { });
    }

    /** Gives a code another key, or none; a key another code has is refused, naming that code. */
    CodebookChange rekey(String codeId, String key) {
        Codebook codebook = require();
        Code code = code(codebook, codeId);
        String free = keyFree(codebook, key, code.id());
        Code changed = valid(() -> code.withKey(free));
        return save(codebook.withCode(code.id(), c -> changed), "set the key of code '" + code.id() + "' to "
                + (free == null ? "none" : "'" + free + "'"), false, List.of(), edit -> { });
    }

    /**
     * Moves a code to the end of another group. Codings that would break the new group's rules
     * (its role, its exclusivity) are refused unless forced, which deletes them.
     */
    CodebookChange move(String codeId, String groupIdOrName, boolean force) {
        Codebook codebook = require();
        Code code = code(codebook, codeId);
        CodeGroup from = codebook.groupOf(code.id()).orElseThrow();
        CodeGroup to = group(codebook, groupIdOrName);
        if (from.id().equals(to.id())) {
            throw new AttuneException("code '" + code.id() + "' is already in group '" + to.id() + "'");
        }
        if (from.codes().size() == 1) {
            throw new AttuneException("'" + code.id() + "' is the only code of group '" + from.id() + "'; a group needs at least one code");
        }
        return save(codebook.withCodeMoved(code.id(), to.id()), "moved code '" + code.id() + "' from '" + from.id() + "' to '"
                + to.id() + "'", force, new ArrayList<>(), edit -> { });
    }

    /**
     * Makes an earlier version the codebook again, as a new version: how the window undoes a
     * codebook edit. Refused, like any change, when codings made since would be orphaned or broken.
     */
    CodebookChange restore(int version) {
        CodebookVersion earlier = store.codebookHistory().stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new AttuneException("the codebook has no version " + version + " (see 'attune codebook history')"));
        if (store.codebook().map(v -> v.definition().equals(earlier.definition())).orElse(false)) {
            throw new AttuneException("the codebook is already as version " + version + " left it: nothing to restore");
        }
        return save(CodebookYaml.read("version " + version, earlier.definition()), "restored version " + version + " (" + earlier.change()
                + ")", false, new ArrayList<>(), edit -> { });
    }

    private static CodeGroup group(Codebook codebook, String idOrName) {
        String wanted = idOrName == null ? "" : idOrName.strip();
        return codebook.groups().stream().filter(g -> g.id().equals(wanted)).findFirst()
                .or(() -> codebook.groups().stream().filter(g -> g.name().equalsIgnoreCase(wanted)).findFirst())
                .orElseThrow(() -> new AttuneException("no group '" + wanted + "' in the codebook (see 'attune codebook show')"));
    }

    /** The key, when no other code has it; null for none. */
    private static String keyFree(Codebook codebook, String key, String exceptCode) {
        String k = blankToNull(key);
        if (k == null) {
            return null;
        }
        if (!org.attune.model.CodeKeys.isValid(k)) {
            throw new AttuneException("key '" + k + "' cannot be used: a key " + org.attune.model.CodeKeys.rule());
        }
        codebook.codes().stream().filter(c -> k.equals(c.key()) && !c.id().equals(exceptCode)).findFirst().ifPresent(c -> {
            throw new AttuneException("key '" + k + "' is taken by code '" + c.id() + "' (" + c.name() + "): give that code another key first");
        });
        return k;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A code the model refuses (a color that is no color) is the user's error, said in one line. */
    private static Code valid(java.util.function.Supplier<Code> code) {
        try {
            return code.get();
        } catch (IllegalArgumentException e) {
            throw new AttuneException(e.getMessage());
        }
    }

    List<CodebookVersion> history() {
        return store.codebookHistory();
    }

    /**
     * Saves a codebook as a new version, after {@code before} has done its part to the codings.
     * Codings the new codebook would break are refused unless {@code force}, which deletes them.
     */
    private CodebookChange save(Codebook codebook, String change, boolean force, List<String> effects,
                                java.util.function.Consumer<ProjectEdit> before) {
        List<String> allEffects = new ArrayList<>(effects);
        int version = store.edit(edit -> {
            before.accept(edit);
            List<CodingAudit.Broken> broken = CodingAudit.of(codebook, edit.codings(), transcripts());
            if (!broken.isEmpty()) {
                if (!force) {
                    throw new AttuneException("the new codebook would orphan or break " + CodingAudit.summary(broken)
                            + "; keep those codes, or use --force to delete those codings");
                }
                broken.forEach(b -> edit.removeCoding(b.coding()));
                allEffects.add("deleted " + CodingAudit.summary(broken));
            }
            return edit.saveCodebook(codebook, CodebookYaml.write(codebook), change, clock.instant());
        });
        effects.forEach(e -> {
            if (!allEffects.contains(e)) {
                allEffects.add(e);
            }
        });
        return new CodebookChange(version, change, allEffects);
    }

    private Function<String, Transcript> transcripts() {
        Map<String, Transcript> cache = new HashMap<>();
        return name -> cache.computeIfAbsent(name, n -> store.transcript(n).orElseThrow());
    }

    private static Code code(Codebook codebook, String idOrName) {
        return codebook.findCode(idOrName).orElseThrow(() -> new AttuneException("no code '" + idOrName
                + "' in the codebook (see 'attune codebook show')"));
    }

    private static String byCoder(List<Coding> codings) {
        Map<String, Integer> counts = new TreeMap<>();
        codings.forEach(c -> counts.merge(c.coder(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((coder, n) -> parts.add(coder + " " + n));
        return codings.size() + (codings.size() == 1 ? " coding" : " codings") + " (" + String.join(", ", parts) + ")";
    }

    /**
     * The codebook of a version, parsed once: every key of the window asks for it, and parsing
     * the YAML took milliseconds. A version is known by its number and definition together, so
     * a number taken again after a rollback is never mistaken for the one before.
     */
    private Codebook parse(CodebookVersion version) {
        CodebookVersion seen = parsedVersion;
        if (seen == null || seen.version() != version.version() || !seen.definition().equals(version.definition())) {
            parsed = CodebookYaml.read(store.path().getFileName() + " codebook version " + version.version(), version.definition());
            parsedVersion = version;
        }
        return parsed;
    }
}
