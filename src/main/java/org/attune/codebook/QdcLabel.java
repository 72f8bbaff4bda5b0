package org.attune.codebook;

/**
 * The labels of the sections Attune appends to REFI-QDA descriptions, and the shape of what follows
 * each: a text ("Key: s"), a bulleted list ("- an example"), or plain lines ("1 = a level").
 */
enum QdcLabel {
    INCLUSION("Inclusion", Shape.TEXT),
    EXCLUSION("Exclusion", Shape.TEXT),
    EXAMPLES("Examples", Shape.BULLETS),
    KEY("Key", Shape.TEXT),
    /** Qualified by the measure: "Scale (ordinal):", then one "value = label" line per level. */
    SCALE("Scale", Shape.LINES),
    ATTUNE_ID("Attune id", Shape.TEXT),
    EXCLUSIVE("Exclusive", Shape.TEXT),
    APPLIES_TO("Applies to", Shape.TEXT),
    VERSION("Version", Shape.TEXT),
    AUTHORS("Authors", Shape.BULLETS),
    CITATIONS("Citations", Shape.BULLETS),
    NOTES("Notes", Shape.TEXT);

    /** What follows a label. */
    enum Shape {
        /** A value on the label's line, continued on indented lines. */
        TEXT,
        /** Items on the following lines, each starting with "- ". */
        BULLETS,
        /** Items on the following lines, one unindented line each; the label carries a qualifier in brackets. */
        LINES
    }

    private final String text;
    private final Shape shape;

    QdcLabel(String text, Shape shape) {
        this.text = text;
        this.shape = shape;
    }

    /** The label as people read it, without the colon. */
    String text() {
        return text;
    }

    Shape shape() {
        return shape;
    }
}
