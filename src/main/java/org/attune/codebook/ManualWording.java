package org.attune.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attune.model.AppliesTo;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.ScaleMeasure;

/**
 * What the coding manual says to coders in its own words, apart from the codebook's texts: how to
 * use the manual, each group's rules, what a scale's measure means. Written for coders in
 * training, who know the study but not Attune's terms: "exclusive" is explained where it is used.
 */
final class ManualWording {

    private ManualWording() {
    }

    /** The paragraphs of "How to use this manual", fitted to the codebook: only the rules it has are explained. */
    static List<String> howToUse(Codebook codebook) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("This manual describes each code of " + codebook.name() + ": what it means, when to use it, when not to, "
                + "and examples. Read it through once before you start, and keep it at hand while you code.");
        paragraphs.add("You code one turn at a time. A turn is everything one speaker says until the other speaker "
                + "begins. Read the transcript in order, and for each turn decide, group by group, which codes apply. "
                + "(A study may instead code stretches of text within turns; the codes mean the same.)");
        List<String> exclusive = names(codebook.groups().stream().filter(CodeGroup::exclusive).toList());
        if (exclusive.isEmpty()) {
            paragraphs.add("A turn may take several codes of a group, or none.");
        } else {
            paragraphs.add((exclusive.size() == 1 ? "The group " + exclusive.getFirst() + " is exclusive"
                    : "The groups " + listed(exclusive) + " are exclusive") + ": a turn takes at most one of "
                    + (exclusive.size() == 1 ? "its" : "each one's") + " codes, so choose the one that fits best, or none. "
                    + "In the other groups a turn may take several codes, or none.");
        }
        List<String> restricted = new ArrayList<>();
        for (CodeGroup group : codebook.groups()) {
            if (group.appliesTo() != AppliesTo.ANY) {
                restricted.add(group.name() + " to " + role(group.appliesTo()) + " turns");
            }
        }
        if (!restricted.isEmpty()) {
            paragraphs.add("Some groups apply to one speaker only: " + listed(restricted) + ". Leave the other speaker's "
                    + "turns uncoded in those groups.");
        }
        List<String> scales = codebook.codes().stream().filter(Code::isScale).map(Code::name).toList();
        if (!scales.isEmpty()) {
            paragraphs.add((scales.size() == 1 ? scales.getFirst() + " is a scale" : listed(scales) + " are scales")
                    + ": a turn takes one level, the one that fits it best. The levels are listed with the code.");
        }
        if (codebook.codes().stream().anyMatch(c -> c.key() != null)) {
            paragraphs.add("In Attune, the key shown after a code's name applies it to the current turn (Shift with the "
                    + "letter for a capital). The keys j and k move down and up through the turns, and a digit chooses "
                    + "a scale's level.");
        }
        return paragraphs;
    }

    /** The line under a group's heading that says how its codes are applied. */
    static String groupRule(CodeGroup group) {
        String exclusive = group.exclusive()
                ? "Exclusive: a turn takes at most one code of this group."
                : "Not exclusive: a turn may take several codes of this group, or none.";
        String turns = switch (group.appliesTo()) {
            case THERAPIST -> "Code therapist turns only.";
            case CLIENT -> "Code client turns only.";
            case ANY -> "Code every turn, the therapist's and the client's.";
        };
        return exclusive + " " + turns;
    }

    /** What a scale's measure means for a coder. */
    static String measure(ScaleMeasure measure) {
        return switch (measure) {
            case ORDINAL -> "An ordinal scale: the levels are ordered, but the steps between them need not be equal.";
            case INTERVAL -> "An interval scale: the levels are ordered, and the steps between them are equal.";
            case RATIO -> "A ratio scale: the steps between levels are equal, and 0 means none at all.";
        };
    }

    /** A code's heading: its name, and its key when it has one ("Staying with feeling (key f)", "(key Shift+E)"). */
    static String codeHeading(Code code) {
        if (code.key() == null) {
            return code.name();
        }
        String key = code.key();
        return code.name() + " (key " + (Character.isUpperCase(key.charAt(0)) ? "Shift+" + key : key) + ")";
    }

    /** The key as the overview table shows it. */
    static String key(Code code) {
        if (code.key() == null) {
            return "";
        }
        return Character.isUpperCase(code.key().charAt(0)) ? "Shift+" + code.key() : code.key();
    }

    /** How a code is applied, for the overview, in coders' words rather than "flag" and "scale". */
    static String kind(Code code) {
        if (!code.isScale()) {
            return "present or absent";
        }
        return "a level, " + code.levels().getFirst().valueText() + "\u2013" + code.levels().getLast().valueText();
    }

    /** An example as the manual prints it, in quotation marks (unless the codebook already put it in some). */
    static String quoted(String example) {
        if (example.startsWith("\"") || example.startsWith("\u201C")) {
            return example;
        }
        return "\u201C" + example + "\u201D";
    }

    /** "Coding manual · version 2.1". */
    static String subtitle(Codebook codebook) {
        return "Coding manual \u00B7 version " + codebook.version();
    }

    static String authors(Codebook codebook) {
        return (codebook.authors().size() == 1 ? "Author: " : "Authors: ") + listed(codebook.authors());
    }

    /** #RRGGBB or #RGB as the six hex digits Word wants. */
    static String hex(String color) {
        String hex = color.substring(1).toUpperCase(Locale.ROOT);
        return hex.length() == 6 ? hex
                : "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
    }

    private static String role(AppliesTo appliesTo) {
        return appliesTo == AppliesTo.THERAPIST ? "therapist" : "client";
    }

    private static List<String> names(List<CodeGroup> groups) {
        return groups.stream().map(CodeGroup::name).toList();
    }

    /** "a", "a and b", "a, b and c". */
    static String listed(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }
}
