package org.attune.codebook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.model.AppliesTo;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.ScaleLevel;

/**
 * The REFI-QDA descriptions Attune writes for its codes, groups and codebook: the description
 * followed by the labelled sections that carry the fields REFI-QDA has no element for.
 */
final class QdcDescriptions {

    /** What "Exclusive:" says, for people reading the description in another tool. */
    static final String EXCLUSIVE_TEXT = "at most one of these codes per unit.";
    /** What follows the role in "Applies to: client turns". */
    static final String TURNS = " turns";

    /** A level line: the value, " =", then the label (after one space unless it is empty or starts a new line). */
    private static final Pattern LEVEL = Pattern.compile("(?s)(-?[0-9]{1,40}(?:\\.[0-9]{1,40})?) =(.*)");

    private QdcDescriptions() {
    }

    static String code(Code code) {
        List<QdcSection> sections = new ArrayList<>();
        addText(sections, QdcLabel.INCLUSION, code.inclusion());
        addText(sections, QdcLabel.EXCLUSION, code.exclusion());
        if (!code.examples().isEmpty()) {
            sections.add(QdcSection.items(QdcLabel.EXAMPLES, code.examples()));
        }
        if (code.key() != null) {
            sections.add(QdcSection.text(QdcLabel.KEY, code.key()));
        }
        if (code.isScale()) {
            sections.add(QdcSection.qualifiedItems(QdcLabel.SCALE, code.measure().label(),
                    code.levels().stream().map(QdcDescriptions::levelLine).toList()));
        }
        sections.add(QdcSection.text(QdcLabel.ATTUNE_ID, code.id()));
        return QdcSections.compose(code.description(), sections);
    }

    static String group(CodeGroup group) {
        List<QdcSection> sections = new ArrayList<>();
        if (group.exclusive()) {
            sections.add(QdcSection.text(QdcLabel.EXCLUSIVE, EXCLUSIVE_TEXT));
        }
        if (group.appliesTo() != AppliesTo.ANY) {
            sections.add(QdcSection.text(QdcLabel.APPLIES_TO, group.appliesTo().label() + TURNS));
        }
        sections.add(QdcSection.text(QdcLabel.ATTUNE_ID, group.id()));
        return QdcSections.compose(group.description(), sections);
    }

    static String codebook(Codebook codebook) {
        List<QdcSection> sections = new ArrayList<>();
        // Always written, even when empty: it is the marker of the codebook's own set.
        sections.add(QdcSection.text(QdcLabel.VERSION, codebook.version()));
        if (!codebook.authors().isEmpty()) {
            sections.add(QdcSection.items(QdcLabel.AUTHORS, codebook.authors()));
        }
        if (!codebook.citations().isEmpty()) {
            sections.add(QdcSection.items(QdcLabel.CITATIONS, codebook.citations()));
        }
        addText(sections, QdcLabel.NOTES, codebook.notes());
        return QdcSections.compose(codebook.description(), sections);
    }

    /** "4 = label"; "4 =" for an empty label, so that a label starting with a space keeps it. */
    static String levelLine(ScaleLevel level) {
        String label = level.label();
        boolean spaced = !label.isEmpty() && label.charAt(0) != '\n';
        return level.valueText() + " =" + (spaced ? " " : "") + label;
    }

    /** The level a line written by {@link #levelLine} stands for, or null if it is not such a line. */
    static ScaleLevel level(String line) {
        Matcher matcher = LEVEL.matcher(line);
        if (!matcher.matches()) {
            return null;
        }
        String label = matcher.group(2);
        return new ScaleLevel(new BigDecimal(matcher.group(1)), label.startsWith(" ") ? label.substring(1) : label);
    }

    private static void addText(List<QdcSection> sections, QdcLabel label, String value) {
        if (!value.isEmpty()) {
            sections.add(QdcSection.text(label, value));
        }
    }
}
