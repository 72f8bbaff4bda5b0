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
            throw new CodingsAtStakeException(CodingsAtStakeException.Kind.MERGE_WOULD_BREAK, "merging '" + from.id() + "' into '"
                    + into.id() + "' would break " + CodingAudit.summary(broken), CodingAudit.byCode(broken));
        }
        List<String> effects = new ArrayList<>();
        CodeGroup fromGroup = codebook.groupOf(from.id()).orElseThrow();
        if (merged.group(fromGroup.id()).isEmpty()) {
            effects.add("group '" + fromGroup.id() + "' had no other code and went with it");
        }
        String change = MERGED + from.id() + "' into '" + into.id() + "'";
        return save(merged, change, force, true, effects, edit -> {
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
            java.util.Set<String> coders = new java.util.TreeSet<>();
            codings.forEach(c -> coders.add(c.coder()));
            throw new CodingsAtStakeException(CodingsAtStakeException.Kind.CODE_HAS_CODINGS, "code '" + code.id() + "' has "
                    + byCoder(codings), List.of(new CodingsAtStakeException.CodeCodings(code.id(), codings.size(), List.copyOf(coders), "")));
        }
        List<String> effects = new ArrayList<>();
        return save(codebook.withoutCode(code.id()), DELETED + code.id() + "'", false, true, effects, edit -> {
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
            codeId = newId(codebook, name);
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

    /**
     * The id a new code of this name gets: the one rule for new ids, made from the name by
     * {@link org.attune.codebook.CodeIds} (accents dropped: "Café au lait" is {@code cafe-au-lait}),
     * unique among the codebook's code and group ids.
     */
    static String newId(Codebook codebook, String name) {
        org.attune.codebook.CodeIds ids = new org.attune.codebook.CodeIds();
        codebook.groups().forEach(g -> {
            ids.reserve(g.id());
            g.codes().forEach(c -> ids.reserve(c.id()));
        });
        return ids.fromName(name == null ? "" : name.strip());
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
        return save(codebook, change, force, false, effects, before);
    }

    /**
     * {@link #save(Codebook, String, boolean, List, java.util.function.Consumer)}; when {@code undoable},
     * it keeps, in the same transaction, what {@link #undo} needs: the codings it took away and wrote.
     */
    private CodebookChange save(Codebook codebook, String change, boolean force, boolean undoable, List<String> effects,
                                java.util.function.Consumer<ProjectEdit> before) {
        List<String> allEffects = new ArrayList<>(effects);
        int versionBefore = store.codebook().map(CodebookVersion::version).orElse(0);
        int version = store.edit(edit -> {
            List<Coding> codingsBefore = undoable ? edit.codings() : null;
            before.accept(edit);
            List<CodingAudit.Broken> broken = CodingAudit.of(codebook, edit.codings(), transcripts());
            if (!broken.isEmpty()) {
                if (!force) {
                    throw new CodingsAtStakeException(CodingsAtStakeException.Kind.CHANGE_WOULD_BREAK, "the new codebook would orphan "
                            + "or break " + CodingAudit.summary(broken), CodingAudit.byCode(broken));
                }
                broken.forEach(b -> edit.removeCoding(b.coding()));
                allEffects.add("deleted " + CodingAudit.summary(broken));
            }
            int made = edit.saveCodebook(codebook, CodebookYaml.write(codebook), change, clock.instant());
            if (undoable) {
                keepUndo(edit, new CodebookUndo(versionBefore, made, change, codingsBefore, edit.codings()));
            }
            return made;
        });
        effects.forEach(e -> {
            if (!allEffects.contains(e)) {
                allEffects.add(e);
            }
        });
        return new CodebookChange(version, change, allEffects);
    }

    /** Keeps the record of an undoable change (only the codings that differ), dropping the oldest beyond {@link CodebookUndo#KEPT}. */
    private static void keepUndo(ProjectEdit edit, CodebookUndo all) {
        java.util.Set<Coding> after = new java.util.HashSet<>(all.added());
        List<Coding> removed = all.removed().stream().filter(c -> !after.contains(c)).toList();
        java.util.Set<Coding> before = new java.util.HashSet<>(all.removed());
        List<Coding> added = all.added().stream().filter(c -> !before.contains(c)).toList();
        CodebookUndo undo = new CodebookUndo(all.versionBefore(), all.versionMade(), all.change(), removed, added);
        edit.setInfo(undo.key(), undo.encode());
        List<String> keys = edit.infoKeys(CodebookUndo.KEY_PREFIX);
        for (int i = 0; i < keys.size() - CodebookUndo.KEPT; i++) {
            edit.removeInfo(keys.get(i));
        }
    }

    /**
     * Undoes the latest merge or deletion of a code, in one transaction: the codebook as it was
     * before it (as a new version), the codings it deleted back exactly as they were (coder, span,
     * level, memo, times), and the codings it wrote in their place gone. Refused, changing nothing,
     * when the codebook was changed since, or a coding it would put back or take away was changed
     * since: the undo would lose that work.
     */
    CodebookChange undo() {
        String key = store.infoKeys(CodebookUndo.KEY_PREFIX).stream().reduce((a, b) -> b)
                .orElseThrow(() -> new AttuneException("nothing to undo: no merge or deletion of a code is kept to be undone"));
        CodebookUndo undo = CodebookUndo.decode(key, store.info(key).orElseThrow());
        List<CodebookVersion> history = store.codebookHistory();
        CodebookVersion made = version(history, undo.versionMade());
        CodebookVersion before = version(history, undo.versionBefore());
        CodebookVersion now = store.codebook().orElseThrow();
        if (!now.definition().equals(made.definition())) {
            throw new AttuneException("the codebook was changed since version " + undo.versionMade() + " (" + undo.change()
                    + "): it is now version " + now.version() + " (" + now.change() + "); nothing was undone");
        }
        Codebook restored = CodebookYaml.read("version " + before.version(), before.definition());
        String change = "undid version " + undo.versionMade() + " (" + undo.change() + ")";
        String since = " since version " + undo.versionMade() + " (" + undo.change() + ")";
        int version = store.edit(edit -> {
            java.util.Set<Coding> current = new java.util.HashSet<>(edit.codings());
            java.util.Set<Coding> written = new java.util.HashSet<>(undo.added());
            for (Coding c : undo.added()) {
                if (!current.contains(c)) {
                    throw new AttuneException(describe(c) + " was changed or removed" + since + "; nothing was undone");
                }
            }
            for (Coding r : undo.removed()) {
                current.stream().filter(c -> c.sameAs(r) && !written.contains(c)).findFirst().ifPresent(c -> {
                    throw new AttuneException(describe(c) + " was made" + since + ", where the undo would put back the coding "
                            + "it took away; nothing was undone");
                });
            }
            undo.added().forEach(edit::removeCoding);
            // The codes come back before their codings, which refer to them.
            int saved = edit.saveCodebook(restored, CodebookYaml.write(restored), change, clock.instant());
            undo.removed().forEach(edit::putCoding);
            List<CodingAudit.Broken> broken = CodingAudit.of(restored, edit.codings(), transcripts());
            if (!broken.isEmpty()) {
                throw new AttuneException("the codings version " + undo.versionMade() + " (" + undo.change() + ") took away would "
                        + "break " + CodingAudit.summary(broken) + " now; nothing was undone");
            }
            edit.removeInfo(key);
            return saved;
        });
        int back = undo.removed().size();
        return new CodebookChange(version, change, List.of(back + (back == 1 ? " coding" : " codings") + " put back as they were"
                + (undo.added().isEmpty() ? "" : "; the " + undo.added().size() + " it had written taken away")));
    }

    private static CodebookVersion version(List<CodebookVersion> history, int number) {
        return history.stream().filter(v -> v.version() == number).findFirst()
                .orElseThrow(() -> new AttuneException("the codebook has no version " + number + " to undo to"));
    }

    private static String describe(Coding c) {
        return c.coder() + "'s coding of '" + c.codeId() + "' on " + c.transcript() + " turn " + c.span().startTurn();
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
