package org.attune.codebook;

import java.util.List;

/**
 * A {@code Code} element as written, with its nested codes.
 *
 * @param guid its GUID as written (normalised), or null
 * @param name its name, never blank (the reader names nameless codes)
 * @param codable whether codings may use it; a folder ({@code isCodable="false"}) otherwise
 * @param color its color attribute as written, or null
 * @param description the text of its Description, or "" without one
 * @param children the codes nested in it, in order
 */
record QdcCodeElement(String guid, String name, boolean codable, String color, String description, List<QdcCodeElement> children) {

    QdcCodeElement {
        children = List.copyOf(children);
    }
}
