package org.attune.codebook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.model.AppliesTo;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.CodeKeys;
import org.attune.model.CodeKind;
import org.attune.model.Codebook;
import org.attune.model.ScaleLevel;
import org.attune.model.ScaleMeasure;

/**
 * Makes an Attune codebook of what a REFI-QDA file held, noting each thing it had to leave out
 * or change. REFI-QDA codes nest to any depth and any of them may be codable; Attune has groups of
 * codes, so the top level becomes the groups and whatever lies deeper is flattened into them.
 */
final class QdcImport {

    static final String UNGROUPED_NAME = "Ungrouped codes";
    static final String UNGROUPED_ID = "ungrouped";
    /** Joins the names of nested codes flattened into one: "Emotions › Anger". */
    static final String PATH = " › ";
    private static final String FALLBACK_NAME = "Imported codebook";
    private static final String FALLBACK_VERSION = "1";
    private static final String[] ORDINALS = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth"};

    private final String fileName;
    private final List<String> discarded = new ArrayList<>();
    private final CodeIds ids = new CodeIds();
    /** Attune's sections in the descriptions, by element (the same text may occur twice, so by identity). */
    private final Map<QdcCodeElement, QdcSections> sections = new IdentityHashMap<>();
    private final Map<QdcCodeElement, String> keptIds = new IdentityHashMap<>();
    private final Map<QdcCodeElement, String> refusedIds = new IdentityHashMap<>();
    /** Keys given so far, to the name of the code that has each. */
    private final Map<String, String> keys = new HashMap<>();
    private final List<GroupDraft> groups = new ArrayList<>();
    /** Each codable code's id by its GUID, for the codings of a project. */
    private final Map<String, String> idsByGuid = new HashMap<>();
    private GroupDraft ungrouped;

    private QdcImport(String fileName) {
        this.fileName = fileName;
    }

    static ReadCodebook build(String fileName, QdcDocument document) {
        return new QdcImport(fileName).run(document);
    }

    private ReadCodebook run(QdcDocument document) {
        discarded.addAll(document.notes());
        // Ids Attune wrote are taken first, so that no id made from a name can take one of them.
        Set<String> taken = new HashSet<>();
        for (QdcCodeElement top : document.codes()) {
            readSections(top, true, taken);
        }
        for (QdcCodeElement top : document.codes()) {
            place(top);
        }
        List<CodeGroup> built = new ArrayList<>();
        for (GroupDraft draft : groups) {
            if (draft.codes.isEmpty()) {
                discarded.add("folder '" + draft.name + "' has no codes: left out, as an Attune group needs at least one");
            } else {
                built.add(draft.group());
            }
        }
        return new ReadCodebook(codebook(document.sets(), built), discarded, idsByGuid);
    }

    private void readSections(QdcCodeElement element, boolean top, Set<String> taken) {
        QdcVocabulary vocabulary = element.codable() ? QdcVocabulary.CODE : top ? QdcVocabulary.GROUP : null;
        if (vocabulary != null) {
            QdcSections.parse(element.description(), vocabulary).ifPresent(found -> {
                sections.put(element, found);
                String id = found.text(QdcLabel.ATTUNE_ID);
                if (Code.ID.matcher(id).matches() && taken.add(id)) {
                    keptIds.put(element, id);
                    ids.reserve(id);
                } else {
                    refusedIds.put(element, id);
                }
            });
        }
        for (QdcCodeElement child : element.children()) {
            readSections(child, false, taken);
        }
    }

    /** Makes groups and codes of a top-level code and everything under it. */
    private void place(QdcCodeElement top) {
        if (!top.codable()) {
            GroupDraft group = group(top);
            groups.add(group);
            flatten(group, top.children(), "", 2);
        } else if (top.children().isEmpty()) {
            if (ungrouped == null) {
                ungrouped = new GroupDraft(ids.fromName(UNGROUPED_ID), UNGROUPED_NAME, "", false, AppliesTo.ANY);
                groups.add(ungrouped);
            }
            discarded.add("code '" + top.name() + "' is in no group: put in '" + UNGROUPED_NAME + "'");
            ungrouped.codes.add(code(top, top.name()));
        } else {
            GroupDraft group = new GroupDraft(ids.fromName(top.name()), top.name(), "", false, AppliesTo.ANY);
            groups.add(group);
            discarded.add("code '" + top.name() + "' has codes under it: made a group '" + top.name() + "' with '"
                    + top.name() + "' as its first code");
            group.codes.add(code(top, top.name()));
            flatten(group, top.children(), "", 2);
        }
    }

    private void flatten(GroupDraft group, List<QdcCodeElement> children, String prefix, int level) {
        for (QdcCodeElement child : children) {
            String name = prefix + child.name();
            if (child.codable()) {
                if (level > 2) {
                    discarded.add("code '" + name + "' flattened from " + levelName(level));
                }
                group.codes.add(code(child, name));
            } else {
                discarded.add("folder '" + name + "' in group '" + group.name + "' is not codable: left out"
                        + (child.children().isEmpty() ? "" : ", its codes kept as '" + name + PATH + "...'"));
            }
            flatten(group, child.children(), name + PATH, level + 1);
        }
    }

    private static String levelName(int level) {
        return level < ORDINALS.length ? "a " + ORDINALS[level] + " level" : "level " + level;
    }

    private GroupDraft group(QdcCodeElement element) {
        QdcSections found = sections.get(element);
        String id = id(element, "group", element.name());
        if (element.color() != null && !element.color().isBlank()) {
            discarded.add("color '" + element.color() + "' of group '" + element.name() + "' not kept: Attune groups have no color");
        }
        if (found == null) {
            return new GroupDraft(id, element.name(), element.description().strip(), false, AppliesTo.ANY);
        }
        return new GroupDraft(id, element.name(), found.description(), found.section(QdcLabel.EXCLUSIVE).isPresent(),
                appliesTo(found, element.name()));
    }

    private AppliesTo appliesTo(QdcSections found, String groupName) {
        Optional<QdcSection> section = found.section(QdcLabel.APPLIES_TO);
        if (section.isEmpty()) {
            return AppliesTo.ANY;
        }
        String text = section.get().text().strip();
        String turns = QdcDescriptions.TURNS.strip();
        String role = text.endsWith(turns) ? text.substring(0, text.length() - turns.length()) : text;
        AppliesTo appliesTo = AppliesTo.fromLabel(role);
        if (appliesTo == null) {
            discarded.add("'Applies to: " + text + "' of group '" + groupName + "' is not therapist, client or any turns:"
                    + " the group applies to any turn");
            return AppliesTo.ANY;
        }
        return appliesTo;
    }

    private Code code(QdcCodeElement element, String name) {
        String id = id(element, "code", name);
        if (element.guid() != null) {
            idsByGuid.putIfAbsent(element.guid(), id);
        }
        String color = color(element.color(), name);
        QdcSections found = sections.get(element);
        if (found == null) {
            return new Code(id, name, element.description().strip(), "", "", List.of(), color, null, CodeKind.FLAG, null, List.of());
        }
        String key = found.section(QdcLabel.KEY).map(k -> key(k.text(), name)).orElse(null);
        ScaleMeasure measure = null;
        List<ScaleLevel> levels = List.of();
        Optional<QdcSection> scale = found.section(QdcLabel.SCALE);
        if (scale.isPresent()) {
            measure = measure(scale.get().qualifier(), name);
            levels = levels(scale.get().items(), name);
        }
        CodeKind kind = levels.isEmpty() ? CodeKind.FLAG : CodeKind.SCALE;
        return new Code(id, name, found.description(), found.text(QdcLabel.INCLUSION), found.text(QdcLabel.EXCLUSION),
                found.items(QdcLabel.EXAMPLES), color, key, kind, measure, levels);
    }

    /** The id Attune wrote, or else one made from the name, saying why the written one was not kept. */
    private String id(QdcCodeElement element, String what, String name) {
        String kept = keptIds.get(element);
        if (kept != null) {
            return kept;
        }
        String made = ids.fromName(name);
        String refused = refusedIds.get(element);
        if (refused != null) {
            discarded.add("id '" + refused + "' of " + what + " '" + name + "' "
                    + (Code.ID.matcher(refused).matches() ? "is already used by another code or group"
                            : "is not an Attune id (lower case letters, digits, '-' and '_')")
                    + ": made '" + made + "'");
        }
        return made;
    }

    private String color(String text, String codeName) {
        if (text == null || text.isBlank()) {
            return null;
        }
        QdcColor color = QdcColor.parse(text);
        if (color.rgb() == null) {
            discarded.add("color '" + text + "' of code '" + codeName + "' is not #RRGGBB: dropped");
        } else if (color.transparencyDropped()) {
            discarded.add("color '" + text + "' of code '" + codeName + "' is partly transparent: read as " + color.rgb()
                    + ", fully opaque");
        }
        return color.rgb();
    }

    private String key(String key, String codeName) {
        if (!CodeKeys.isValid(key)) {
            discarded.add("key '" + key + "' of code '" + codeName + "' dropped: a key " + CodeKeys.rule());
            return null;
        }
        String holder = keys.putIfAbsent(key, codeName);
        if (holder != null) {
            discarded.add("key '" + key + "' of code '" + codeName + "' dropped: code '" + holder + "' has it");
            return null;
        }
        return key;
    }

    private ScaleMeasure measure(String text, String codeName) {
        ScaleMeasure measure = ScaleMeasure.fromLabel(text);
        if (measure == null) {
            discarded.add("scale measure '" + text + "' of code '" + codeName + "' is not ordinal, interval or ratio:"
                    + " read as ordinal");
            return ScaleMeasure.ORDINAL;
        }
        return measure;
    }

    /** The levels of a scale, or none (a flag) when fewer than two can be read. */
    private List<ScaleLevel> levels(List<String> lines, String codeName) {
        List<ScaleLevel> levels = new ArrayList<>();
        Set<BigDecimal> values = new HashSet<>();
        for (String line : lines) {
            ScaleLevel level = QdcDescriptions.level(line);
            if (level == null) {
                discarded.add("scale level '" + line + "' of code '" + codeName + "' is not 'value = label': dropped");
            } else if (!values.add(level.value())) {
                discarded.add("scale level '" + line + "' of code '" + codeName + "' repeats the value "
                        + level.valueText() + ": dropped");
            } else {
                levels.add(level);
            }
        }
        if (levels.size() < 2) {
            discarded.add("scale of code '" + codeName + "' has fewer than two levels: read as a flag");
            return List.of();
        }
        return levels;
    }

    /** The codebook, with the metadata of Attune's own set when there is one. */
    private Codebook codebook(List<QdcSetElement> sets, List<CodeGroup> built) {
        QdcSetElement own = null;
        QdcSections metadata = null;
        for (QdcSetElement set : sets) {
            Optional<QdcSections> found = own == null ? QdcSections.parse(set.description(), QdcVocabulary.CODEBOOK) : Optional.empty();
            if (found.isPresent()) {
                own = set;
                metadata = found.get();
            }
        }
        int others = sets.size() - (own == null ? 0 : 1);
        if (others > 0) {
            discarded.add(others + (others == 1 ? " set" : " sets") + (own == null ? "" : " besides the codebook's own")
                    + (others == 1 ? " was" : " were") + " not kept: Attune codebooks have no sets");
        }
        if (metadata == null) {
            return new Codebook(fileBaseName(), FALLBACK_VERSION, "", List.of(), List.of(), "", built);
        }
        String name = own.name().isBlank() ? fileBaseName() : own.name();
        return new Codebook(name, metadata.text(QdcLabel.VERSION), metadata.description(), metadata.items(QdcLabel.AUTHORS),
                metadata.items(QdcLabel.CITATIONS), metadata.text(QdcLabel.NOTES), built);
    }

    /** "codebook" for "exports/codebook.qdc". */
    private String fileBaseName() {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).strip();
        return base.isEmpty() || base.startsWith(".") ? FALLBACK_NAME : base;
    }

    /** A group while its codes are gathered. */
    private static final class GroupDraft {
        private final String id;
        private final String name;
        private final String description;
        private final boolean exclusive;
        private final AppliesTo appliesTo;
        private final List<Code> codes = new ArrayList<>();

        GroupDraft(String id, String name, String description, boolean exclusive, AppliesTo appliesTo) {
            this.id = id;
            this.name = name;
            this.description = description;
            this.exclusive = exclusive;
            this.appliesTo = appliesTo;
        }

        CodeGroup group() {
            return new CodeGroup(id, name, description, exclusive, appliesTo, codes);
        }
    }
}
