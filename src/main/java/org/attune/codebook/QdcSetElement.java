package org.attune.codebook;

/**
 * A {@code Set} element: a named selection of codes. Attune keeps only its own, which carries the
 * codebook's metadata.
 *
 * @param name its name, or "" without one
 * @param description the text of its Description, or "" without one
 */
record QdcSetElement(String name, String description) {
}
