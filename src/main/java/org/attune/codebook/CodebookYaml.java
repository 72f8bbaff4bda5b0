package org.attune.codebook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.model.AppliesTo;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.CodeKeys;
import org.attune.model.CodeKind;
import org.attune.model.Codebook;
import org.attune.model.ScaleLevel;
import org.attune.model.ScaleMeasure;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads codebooks in Attune's YAML format (see codebooks/README.md), checking everything and
 * reporting every problem with its line and column: unknown fields, missing ones, values of the
 * wrong kind, bad ids, colors and keys, duplicate ids and keys, scales without levels.
 */
public final class CodebookYaml {

    private static final Set<String> CODEBOOK_FIELDS = Set.of("name", "version", "description", "authors", "citations",
            "notes", "groups");
    private static final Set<String> GROUP_FIELDS = Set.of("id", "name", "description", "exclusive", "applies_to", "codes");
    private static final Set<String> CODE_FIELDS = Set.of("id", "name", "description", "inclusion", "exclusion", "examples",
            "color", "key", "kind", "measure", "levels");
    private static final Set<String> LEVEL_FIELDS = Set.of("value", "label");

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .build();

    private final List<CodebookProblem> problems = new ArrayList<>();
    private final Map<String, YamlTree.Node> ids = new HashMap<>();
    private final Map<String, YamlTree.Node> keys = new HashMap<>();

    private CodebookYaml() {
    }

    /**
     * Reads a codebook.
     *
     * @throws CodebookFormatException listing every problem, when there is any
     */
    public static Codebook read(String fileName, String text) {
        CodebookYaml reader = new CodebookYaml();
        Codebook codebook = reader.document(text);
        if (!reader.problems.isEmpty() || codebook == null) {
            throw new CodebookFormatException(fileName, reader.problems.isEmpty()
                    ? List.of(new CodebookProblem("", "no codebook in the file")) : reader.problems);
        }
        return codebook;
    }

    /**
     * Writes a codebook in the YAML format, fields in the order of the README, empty ones left out,
     * multi-line texts as literal blocks. Reading it back gives the same codebook.
     */
    public static String write(Codebook codebook) {
        ObjectNode root = YAML.createObjectNode();
        root.put("name", codebook.name());
        root.put("version", codebook.version());
        putText(root, "description", codebook.description());
        putTexts(root, "authors", codebook.authors());
        putTexts(root, "citations", codebook.citations());
        putText(root, "notes", codebook.notes());
        ArrayNode groups = root.putArray("groups");
        for (CodeGroup group : codebook.groups()) {
            ObjectNode g = groups.addObject();
            g.put("id", group.id());
            g.put("name", group.name());
            putText(g, "description", group.description());
            if (group.exclusive()) {
                g.put("exclusive", true);
            }
            if (group.appliesTo() != AppliesTo.ANY) {
                g.put("applies_to", group.appliesTo().label());
            }
            ArrayNode codes = g.putArray("codes");
            for (Code code : group.codes()) {
                ObjectNode c = codes.addObject();
                c.put("id", code.id());
                c.put("name", code.name());
                putText(c, "description", code.description());
                putText(c, "inclusion", code.inclusion());
                putText(c, "exclusion", code.exclusion());
                putTexts(c, "examples", code.examples());
                if (code.color() != null) {
                    c.put("color", code.color());
                }
                if (code.key() != null) {
                    c.put("key", code.key());
                }
                if (code.isScale()) {
                    c.put("kind", code.kind().label());
                    c.put("measure", code.measure().label());
                    ArrayNode levels = c.putArray("levels");
                    for (ScaleLevel level : code.levels()) {
                        ObjectNode l = levels.addObject();
                        l.put("value", level.value());
                        l.put("label", level.label());
                    }
                }
            }
        }
        return YAML.writeValueAsString(root);
    }

    private static void putText(ObjectNode node, String field, String text) {
        if (text != null && !text.isBlank()) {
            node.put(field, text);
        }
    }

    private static void putTexts(ObjectNode node, String field, List<String> texts) {
        if (!texts.isEmpty()) {
            ArrayNode list = node.putArray(field);
            texts.forEach(list::add);
        }
    }

    /** Every problem of a codebook file, in the order of the file; empty when it is fine. */
    public static List<CodebookProblem> check(String text) {
        CodebookYaml reader = new CodebookYaml();
        reader.document(text);
        return List.copyOf(reader.problems);
    }

    private Codebook document(String text) {
        YamlTree.Document document;
        try {
            document = YamlTree.parse(text);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String reason = e.getOriginalMessage().lines().findFirst().orElse("not YAML");
            problems.add(at == null || at.getLineNr() < 1 ? new CodebookProblem("", "not valid YAML: " + reason)
                    : CodebookProblem.at(at.getLineNr(), at.getColumnNr(), "not valid YAML: " + reason));
            return null;
        }
        for (YamlTree.Flaw flaw : document.flaws()) {
            problems.add(CodebookProblem.at(flaw.line(), flaw.column(), flaw.message()));
        }
        if (document.root() == null) {
            problems.add(new CodebookProblem("", "the file is empty: expected a codebook with a name, a version and groups"));
            return null;
        }
        YamlTree.Mapping root = mapping(document.root(), "the codebook");
        if (root == null) {
            return null;
        }
        unknownFields(root, CODEBOOK_FIELDS, "the codebook");
        String name = requiredText(root, "name", "the codebook");
        String version = requiredText(root, "version", "the codebook");
        String description = text(root, "description");
        List<String> authors = texts(root, "authors");
        List<String> citations = texts(root, "citations");
        String notes = text(root, "notes");
        List<CodeGroup> groups = new ArrayList<>();
        YamlTree.Entry groupsEntry = root.entries().get("groups");
        if (groupsEntry == null) {
            problem(root, "the codebook has no 'groups': expected a list of groups of codes");
        } else {
            YamlTree.Sequence list = sequence(groupsEntry.value(), "'groups'");
            if (list != null) {
                if (list.items().isEmpty()) {
                    problem(list, "'groups' is empty: expected at least one group");
                }
                for (YamlTree.Node item : list.items()) {
                    CodeGroup group = group(item);
                    if (group != null) {
                        groups.add(group);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Codebook(name, version, description, authors, citations, notes, groups);
    }

    private CodeGroup group(YamlTree.Node node) {
        YamlTree.Mapping map = mapping(node, "a group");
        if (map == null) {
            return null;
        }
        String id = id(map, "a group");
        String what = id == null ? "the group on line " + map.line() : "group '" + id + "'";
        unknownFields(map, GROUP_FIELDS, what);
        String name = requiredText(map, "name", what);
        String description = text(map, "description");
        boolean exclusive = bool(map, "exclusive");
        AppliesTo appliesTo = AppliesTo.ANY;
        YamlTree.Scalar applies = scalar(map, "applies_to");
        if (applies != null && !applies.isNull()) {
            appliesTo = AppliesTo.fromLabel(applies.text());
            if (appliesTo == null) {
                problem(applies, what + ": applies_to is '" + applies.text() + "': expected therapist, client or any");
            }
        }
        List<Code> codes = new ArrayList<>();
        YamlTree.Entry codesEntry = map.entries().get("codes");
        if (codesEntry == null) {
            problem(map, what + " has no 'codes': expected a list of codes");
        } else {
            YamlTree.Sequence list = sequence(codesEntry.value(), what + ": 'codes'");
            if (list != null) {
                if (list.items().isEmpty()) {
                    problem(list, what + " has no codes");
                }
                for (YamlTree.Node item : list.items()) {
                    Code code = code(item);
                    if (code != null) {
                        codes.add(code);
                    }
                }
            }
        }
        // A group without codes is reported above; the model holds no such group.
        if (id == null || name == null || appliesTo == null || codes.isEmpty()) {
            return null;
        }
        return new CodeGroup(id, name, description, exclusive, appliesTo, codes);
    }

    private Code code(YamlTree.Node node) {
        YamlTree.Mapping map = mapping(node, "a code");
        if (map == null) {
            return null;
        }
        String id = id(map, "a code");
        String what = id == null ? "the code on line " + map.line() : "code '" + id + "'";
        unknownFields(map, CODE_FIELDS, what);
        String name = requiredText(map, "name", what);
        String color = color(map, what);
        String key = key(map, what);
        CodeKind kind = CodeKind.FLAG;
        YamlTree.Scalar kindNode = scalar(map, "kind");
        if (kindNode != null && !kindNode.isNull()) {
            kind = CodeKind.fromLabel(kindNode.text());
            if (kind == null) {
                problem(kindNode, what + ": kind is '" + kindNode.text() + "': expected flag or scale");
            }
        }
        ScaleMeasure measure = null;
        YamlTree.Scalar measureNode = scalar(map, "measure");
        if (measureNode != null && !measureNode.isNull()) {
            measure = ScaleMeasure.fromLabel(measureNode.text());
            if (measure == null) {
                problem(measureNode, what + ": measure is '" + measureNode.text() + "': expected ordinal, interval or ratio");
            } else if (kind == CodeKind.FLAG) {
                problem(measureNode, what + " has a measure but is a flag: a measure belongs to a scale (kind: scale)");
            }
        }
        List<ScaleLevel> levels = levels(map, what, kind);
        if (id == null || name == null || kind == null || levels == null) {
            return null;
        }
        return new Code(id, name, text(map, "description"), text(map, "inclusion"), text(map, "exclusion"),
                texts(map, "examples"), color, key, kind, measure, levels);
    }

    private List<ScaleLevel> levels(YamlTree.Mapping map, String what, CodeKind kind) {
        YamlTree.Entry entry = map.entries().get("levels");
        if (entry == null) {
            if (kind == CodeKind.SCALE) {
                problem(map, what + " is a scale without levels: expected 'levels', a list of at least two "
                        + "{value, label}");
                return null;
            }
            return List.of();
        }
        if (kind == CodeKind.FLAG) {
            problem(entry, what + " has levels but is a flag: add 'kind: scale', or remove the levels");
            return null;
        }
        YamlTree.Sequence list = sequence(entry.value(), what + ": 'levels'");
        if (list == null) {
            return null;
        }
        List<ScaleLevel> levels = new ArrayList<>();
        Map<BigDecimal, YamlTree.Node> seen = new HashMap<>();
        boolean ok = true;
        for (YamlTree.Node item : list.items()) {
            YamlTree.Mapping level = mapping(item, what + ": a level");
            if (level == null) {
                ok = false;
                continue;
            }
            unknownFields(level, LEVEL_FIELDS, what + ": a level");
            YamlTree.Scalar value = scalar(level, "value");
            String label = requiredText(level, "label", what + ": the level on line " + level.line());
            BigDecimal number = null;
            if (value == null || value.isNull()) {
                problem(level, what + ": a level has no value: expected a number, as in 'value: 3'");
            } else {
                number = org.attune.model.LevelValue.parse(value.text()).orElse(null);
                if (number == null) {
                    problem(value, what + ": level value " + org.attune.model.LevelValue.quoted(value.text())
                            + " is not a number (write it plainly, as 3 or 2.5)");
                }
            }
            if (number != null && seen.containsKey(number.stripTrailingZeros())) {
                problem(value, what + ": two levels have the value " + value.text() + " (the other on line "
                        + seen.get(number.stripTrailingZeros()).line() + ")");
                number = null;
            }
            if (number == null || label == null) {
                ok = false;
                continue;
            }
            seen.put(number.stripTrailingZeros(), value);
            levels.add(new ScaleLevel(number, label));
        }
        if (ok && levels.size() < 2) {
            problem(list, what + " is a scale with " + levels.size() + (levels.size() == 1 ? " level" : " levels")
                    + ": expected at least two");
            return null;
        }
        return ok ? levels : null;
    }

    private String id(YamlTree.Mapping map, String what) {
        YamlTree.Scalar node = scalar(map, "id");
        if (node == null || node.isNull() || node.text().isBlank()) {
            problem(map, what + " has no id: expected a stable id such as 'client-form'");
            return null;
        }
        String id = node.text().strip();
        if (!Code.ID.matcher(id).matches()) {
            problem(node, "id '" + id + "' must be lower case letters, digits, '-' and '_', starting with a letter or digit");
            return null;
        }
        YamlTree.Node first = ids.putIfAbsent(id, node);
        if (first != null) {
            problem(node, "id '" + id + "' is already used on line " + first.line() + ": ids are unique across groups and codes");
            return null;
        }
        return id;
    }

    private String color(YamlTree.Mapping map, String what) {
        YamlTree.Scalar node = scalar(map, "color");
        if (node == null || node.isNull()) {
            return null;
        }
        String color = node.text().strip();
        if (!Code.COLOR.matcher(color).matches()) {
            problem(node, what + ": color '" + color + "' is not a color: expected #RRGGBB or #RGB, as in \"#4E79A7\""
                    + " (in quotes: YAML reads # as a comment)");
            return null;
        }
        return color;
    }

    private String key(YamlTree.Mapping map, String what) {
        YamlTree.Scalar node = scalar(map, "key");
        if (node == null || node.isNull()) {
            return null;
        }
        String key = node.text().strip();
        if (!CodeKeys.isValid(key)) {
            problem(node, what + ": key '" + key + "' " + CodeKeys.rule());
            return null;
        }
        YamlTree.Node first = keys.putIfAbsent(key, node);
        if (first != null) {
            problem(node, what + ": key '" + key + "' is already the key of the code on line " + first.line());
            return null;
        }
        return key;
    }

    private void unknownFields(YamlTree.Mapping map, Set<String> known, String what) {
        for (YamlTree.Entry entry : map.entries().values()) {
            if (!known.contains(entry.key())) {
                problems.add(CodebookProblem.at(entry.line(), entry.column(), "unknown field '" + entry.key() + "' in " + what
                        + ": expected " + String.join(", ", known.stream().sorted().toList())));
            }
        }
    }

    private String requiredText(YamlTree.Mapping map, String field, String what) {
        YamlTree.Entry entry = map.entries().get(field);
        if (entry == null) {
            problem(map, what + " has no " + field);
            return null;
        }
        String text = textOf(entry.value(), what + ": '" + field + "'");
        if (text != null && text.isBlank()) {
            problem(entry, what + ": '" + field + "' is empty");
            return null;
        }
        return text == null ? null : text.strip();
    }

    private String text(YamlTree.Mapping map, String field) {
        YamlTree.Entry entry = map.entries().get(field);
        if (entry == null) {
            return "";
        }
        String text = textOf(entry.value(), "'" + field + "'");
        return text == null ? "" : stripEnd(text);
    }

    private List<String> texts(YamlTree.Mapping map, String field) {
        YamlTree.Entry entry = map.entries().get(field);
        if (entry == null) {
            return List.of();
        }
        if (entry.value() instanceof YamlTree.Scalar scalar && !scalar.isNull()) {
            return List.of(stripEnd(scalar.text())); // a single text where a list was expected: as a list of one
        }
        YamlTree.Sequence list = sequence(entry.value(), "'" + field + "'");
        if (list == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (YamlTree.Node item : list.items()) {
            String text = textOf(item, "an item of '" + field + "'");
            if (text != null && !text.isBlank()) {
                out.add(stripEnd(text));
            }
        }
        return out;
    }

    private boolean bool(YamlTree.Mapping map, String field) {
        YamlTree.Scalar node = scalar(map, field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (node.token() == tools.jackson.core.JsonToken.VALUE_TRUE) {
            return true;
        }
        if (node.token() != tools.jackson.core.JsonToken.VALUE_FALSE) {
            problem(node, "'" + field + "' is '" + node.text() + "': expected true or false");
        }
        return false;
    }

    private String textOf(YamlTree.Node node, String what) {
        if (node instanceof YamlTree.Scalar scalar) {
            return scalar.text();
        }
        problem(node, what + " is " + node.kind() + ": expected a text");
        return null;
    }

    private YamlTree.Scalar scalar(YamlTree.Mapping map, String field) {
        YamlTree.Entry entry = map.entries().get(field);
        if (entry == null) {
            return null;
        }
        if (entry.value() instanceof YamlTree.Scalar scalar) {
            return scalar;
        }
        problem(entry.value(), "'" + field + "' is " + entry.value().kind() + ": expected a single value");
        return null;
    }

    private YamlTree.Mapping mapping(YamlTree.Node node, String what) {
        if (node instanceof YamlTree.Mapping map) {
            return map;
        }
        problem(node, what + " is " + node.kind() + ": expected a mapping of fields (field: value)");
        return null;
    }

    private YamlTree.Sequence sequence(YamlTree.Node node, String what) {
        if (node instanceof YamlTree.Sequence list) {
            return list;
        }
        problem(node, what + " is " + node.kind() + ": expected a list (lines starting with '- ')");
        return null;
    }

    private void problem(YamlTree.Node at, String message) {
        problems.add(CodebookProblem.at(at.line(), at.column(), message));
    }

    private void problem(YamlTree.Entry at, String message) {
        problems.add(CodebookProblem.at(at.line(), at.column(), message));
    }

    /** Block scalars end with a line break; the text does not. */
    private static String stripEnd(String text) {
        return text.stripTrailing();
    }
}
