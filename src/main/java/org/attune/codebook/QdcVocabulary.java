package org.attune.codebook;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which sections may follow the description of a code, of a group, or of the codebook's own set,
 * and which one marks the block as Attune's. The marker is what keeps a foreign description that
 * happens to end in "Key: something" from being mistaken for Attune's sections: a code's or a
 * group's block always ends with its "Attune id", the codebook's always starts with its "Version".
 */
enum QdcVocabulary {
    CODE(EnumSet.of(QdcLabel.INCLUSION, QdcLabel.EXCLUSION, QdcLabel.EXAMPLES, QdcLabel.KEY, QdcLabel.SCALE,
            QdcLabel.ATTUNE_ID), QdcLabel.ATTUNE_ID, false),
    GROUP(EnumSet.of(QdcLabel.EXCLUSIVE, QdcLabel.APPLIES_TO, QdcLabel.ATTUNE_ID), QdcLabel.ATTUNE_ID, false),
    CODEBOOK(EnumSet.of(QdcLabel.VERSION, QdcLabel.AUTHORS, QdcLabel.CITATIONS, QdcLabel.NOTES), QdcLabel.VERSION, true);

    private final Set<QdcLabel> labels;
    private final QdcLabel marker;
    private final boolean markerFirst;

    QdcVocabulary(Set<QdcLabel> labels, QdcLabel marker, boolean markerFirst) {
        this.labels = labels;
        this.marker = marker;
        this.markerFirst = markerFirst;
    }

    Set<QdcLabel> labels() {
        return labels;
    }

    /** Whether sections in this order are a block Attune wrote. */
    boolean marks(List<QdcSection> sections) {
        if (sections.isEmpty()) {
            return false;
        }
        QdcSection end = markerFirst ? sections.getFirst() : sections.getLast();
        return end.label() == marker;
    }
}
