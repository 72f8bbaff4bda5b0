package org.attune.codebook;

import java.util.List;
import java.util.Objects;

/**
 * One labelled section of a description: "Key: s", or "Examples:" with its items.
 *
 * @param label what the section holds
 * @param qualifier the word in brackets after the label ("ordinal" in "Scale (ordinal):"), or "" for none
 * @param text the value of a text section, "" for the others
 * @param items the items of a list section, empty for a text section
 */
record QdcSection(QdcLabel label, String qualifier, String text, List<String> items) {

    QdcSection {
        Objects.requireNonNull(label, "label");
        qualifier = qualifier == null ? "" : qualifier;
        text = text == null ? "" : text;
        items = List.copyOf(items);
    }

    static QdcSection text(QdcLabel label, String text) {
        return new QdcSection(label, "", text, List.of());
    }

    static QdcSection items(QdcLabel label, List<String> items) {
        return new QdcSection(label, "", "", items);
    }

    static QdcSection qualifiedItems(QdcLabel label, String qualifier, List<String> items) {
        return new QdcSection(label, qualifier, "", items);
    }
}
