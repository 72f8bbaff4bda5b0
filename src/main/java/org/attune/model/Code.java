package org.attune.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A code of a codebook. Its id is stable: renaming a code changes its name, never its id, so
 * codings keep pointing at it.
 *
 * @param id stable id: lower case letters, digits, '-' and '_'
 * @param name the name coders see
 * @param description the definition
 * @param inclusion when to apply it, or ""
 * @param exclusion when not to, or ""
 * @param examples example utterances
 * @param color display color as #RRGGBB, or null
 * @param key the keyboard key that applies it, or null
 * @param kind flag or scale
 * @param measure for a scale, how its levels compare; null for a flag
 * @param levels for a scale, its levels in ascending order; empty for a flag
 */
public record Code(String id, String name, String description, String inclusion, String exclusion, List<String> examples,
                   String color, String key, CodeKind kind, ScaleMeasure measure, List<ScaleLevel> levels) {

    /** What an id looks like. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    /** What a color looks like: #RRGGBB or #RGB. */
    public static final Pattern COLOR = Pattern.compile("#(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})");

    public Code {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("code id '" + id + "' must be lower case letters, digits, '-' and '_'");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("code " + id + " has no name");
        }
        description = description == null ? "" : description;
        inclusion = inclusion == null ? "" : inclusion;
        exclusion = exclusion == null ? "" : exclusion;
        examples = examples == null ? List.of() : List.copyOf(examples);
        if (color != null && !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("code " + id + ": color '" + color + "' is not #RRGGBB");
        }
        if (key != null && !CodeKeys.isValid(key)) {
            throw new IllegalArgumentException("code " + id + ": key '" + key + "' " + CodeKeys.rule());
        }
        levels = levels == null ? List.of() : levels.stream().sorted(Comparator.comparing(ScaleLevel::value)).toList();
        if (kind == CodeKind.FLAG) {
            if (!levels.isEmpty()) {
                throw new IllegalArgumentException("code " + id + " is a flag but has levels");
            }
            measure = null;
        } else {
            if (levels.size() < 2) {
                throw new IllegalArgumentException("scale code " + id + " needs at least two levels");
            }
            if (levels.stream().map(ScaleLevel::value).distinct().count() != levels.size()) {
                throw new IllegalArgumentException("scale code " + id + " has two levels of the same value");
            }
            measure = measure == null ? ScaleMeasure.ORDINAL : measure;
        }
    }

    /** A flag code with just an id and a name. */
    public static Code flag(String id, String name) {
        return new Code(id, name, "", "", "", List.of(), null, null, CodeKind.FLAG, null, List.of());
    }

    public boolean isScale() {
        return kind == CodeKind.SCALE;
    }

    /** The level with this value, if the code is a scale that has it. */
    public Optional<ScaleLevel> level(java.math.BigDecimal value) {
        return levels.stream().filter(l -> l.value().compareTo(value) == 0).findFirst();
    }

    public Code withName(String newName) {
        return new Code(id, newName, description, inclusion, exclusion, examples, color, key, kind, measure, levels);
    }

    public Code withColor(String newColor) {
        return new Code(id, name, description, inclusion, exclusion, examples, newColor, key, kind, measure, levels);
    }

    public Code withKey(String newKey) {
        return new Code(id, name, description, inclusion, exclusion, examples, color, newKey, kind, measure, levels);
    }

    public Code withId(String newId) {
        return new Code(newId, name, description, inclusion, exclusion, examples, color, key, kind, measure, levels);
    }
}
