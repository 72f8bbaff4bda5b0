package org.attune.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A codebook: groups of codes, with what a reader of a study needs to know about it. Ids are
 * unique across groups and codes, and no two codes share a key. The operations return a new
 * codebook and leave this one as it is.
 *
 * @param name the codebook's name
 * @param version the codebook's own version, as its authors name it ("1.0")
 * @param description what it is for, or ""
 * @param authors who wrote it
 * @param citations the sources it rests on
 * @param notes what coders and readers should know, or ""
 * @param groups its groups, in order
 */
public record Codebook(String name, String version, String description, List<String> authors, List<String> citations,
                       String notes, List<CodeGroup> groups) {

    public Codebook {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a codebook needs a name");
        }
        description = description == null ? "" : description;
        notes = notes == null ? "" : notes;
        authors = authors == null ? List.of() : List.copyOf(authors);
        citations = citations == null ? List.of() : List.copyOf(citations);
        groups = List.copyOf(groups);
        Set<String> ids = new HashSet<>();
        Map<String, String> keys = new HashMap<>();
        for (CodeGroup group : groups) {
            if (!ids.add(group.id())) {
                throw new IllegalArgumentException("id '" + group.id() + "' is used twice");
            }
            for (Code code : group.codes()) {
                if (!ids.add(code.id())) {
                    throw new IllegalArgumentException("id '" + code.id() + "' is used twice");
                }
                if (code.key() != null && keys.putIfAbsent(code.key(), code.id()) != null) {
                    throw new IllegalArgumentException("codes " + keys.get(code.key()) + " and " + code.id()
                            + " have the same key '" + code.key() + "'");
                }
            }
        }
    }

    /** Every code, group by group. */
    public List<Code> codes() {
        return groups.stream().flatMap(g -> g.codes().stream()).toList();
    }

    public Optional<Code> code(String id) {
        return codes().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The group a code belongs to. */
    public Optional<CodeGroup> groupOf(String codeId) {
        return groups.stream().filter(g -> g.codes().stream().anyMatch(c -> c.id().equals(codeId))).findFirst();
    }

    public Optional<CodeGroup> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** A code by id, or else by name without regard to case when exactly one code has it. */
    public Optional<Code> findCode(String idOrName) {
        Optional<Code> byId = code(idOrName);
        if (byId.isPresent()) {
            return byId;
        }
        List<Code> byName = codes().stream().filter(c -> c.name().equalsIgnoreCase(idOrName.strip())).toList();
        return byName.size() == 1 ? Optional.of(byName.getFirst()) : Optional.empty();
    }

    /** This codebook with one code changed. */
    public Codebook withCode(String codeId, UnaryOperator<Code> change) {
        requireCode(codeId);
        return withGroups(groups.stream().map(g -> g.withCodes(g.codes().stream()
                .map(c -> c.id().equals(codeId) ? change.apply(c) : c).toList())).toList());
    }

    /** This codebook with a code added at the end of a group. */
    public Codebook withCodeAdded(String groupId, Code code) {
        group(groupId).orElseThrow(() -> new IllegalArgumentException("no group '" + groupId + "'"));
        return withGroups(groups.stream().map(g -> {
            if (!g.id().equals(groupId)) {
                return g;
            }
            List<Code> codes = new ArrayList<>(g.codes());
            codes.add(code);
            return g.withCodes(codes);
        }).toList());
    }

    /** This codebook without a code; a group left with no codes goes too. */
    public Codebook withoutCode(String codeId) {
        requireCode(codeId);
        List<CodeGroup> kept = new ArrayList<>();
        for (CodeGroup g : groups) {
            List<Code> codes = g.codes().stream().filter(c -> !c.id().equals(codeId)).toList();
            if (!codes.isEmpty()) {
                kept.add(g.codes().size() == codes.size() ? g : g.withCodes(codes));
            }
        }
        return withGroups(kept);
    }

    /** This codebook with a code moved to the end of another group (a group left with no codes goes). */
    public Codebook withCodeMoved(String codeId, String groupId) {
        Code code = requireCode(codeId);
        group(groupId).orElseThrow(() -> new IllegalArgumentException("no group '" + groupId + "'"));
        return withoutCode(codeId).withCodeAdded(groupId, code);
    }

    /** This codebook with a new code right after another, in the same group. */
    public Codebook withCodeAfter(String codeId, Code added) {
        requireCode(codeId);
        return withGroups(groups.stream().map(g -> {
            List<Code> codes = new ArrayList<>();
            for (Code c : g.codes()) {
                codes.add(c);
                if (c.id().equals(codeId)) {
                    codes.add(added);
                }
            }
            return g.withCodes(codes);
        }).toList());
    }

    public Codebook withGroups(List<CodeGroup> newGroups) {
        return new Codebook(name, version, description, authors, citations, notes, newGroups);
    }

    private Code requireCode(String codeId) {
        return code(codeId).orElseThrow(() -> new IllegalArgumentException("no code '" + codeId + "'"));
    }
}
