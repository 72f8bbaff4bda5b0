package org.attune.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A search kept in the project under a name, to run again.
 *
 * @param name what it is called, unique in the project
 * @param query the query
 * @param coder whose codes its code fields mean, or null for every coder's
 * @param created when it was first saved
 * @param updated when it was last saved
 */
public record SavedQuery(String name, String query, String coder, Instant created, Instant updated) {

    public SavedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a saved query needs a name");
        }
        if (coder != null && coder.isBlank()) {
            coder = null;
        }
    }
}
