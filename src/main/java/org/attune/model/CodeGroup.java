package org.attune.model;

import java.util.List;
import java.util.Objects;

/**
 * A group of codes: a dimension of the coding scheme, as "client conversation form".
 *
 * @param id stable id
 * @param name the name coders see
 * @param description what the group captures, or ""
 * @param exclusive whether a unit takes at most one of its codes
 * @param appliesTo which turns it applies to
 * @param codes its codes, in order
 */
public record CodeGroup(String id, String name, String description, boolean exclusive, AppliesTo appliesTo, List<Code> codes) {

    public CodeGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!Code.ID.matcher(id).matches()) {
            throw new IllegalArgumentException("group id '" + id + "' must be lower case letters, digits, '-' and '_'");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("group " + id + " has no name");
        }
        description = description == null ? "" : description;
        appliesTo = appliesTo == null ? AppliesTo.ANY : appliesTo;
        codes = List.copyOf(codes);
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("group " + id + " has no codes");
        }
    }

    public CodeGroup withCodes(List<Code> newCodes) {
        return new CodeGroup(id, name, description, exclusive, appliesTo, newCodes);
    }
}
