package org.attune.model;

import java.util.Objects;

/** A person who codes: named, and unique by name in a project. */
public record Coder(String name) {

    public Coder {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a coder needs a name");
        }
    }
}
