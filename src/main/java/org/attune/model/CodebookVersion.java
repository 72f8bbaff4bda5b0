package org.attune.model;

import java.time.Instant;

/**
 * One version of a project's codebook.
 *
 * @param version the project's version number, from 1
 * @param createdAt when it was made
 * @param change what made it
 * @param name the codebook's name
 * @param codebookVersion the codebook's own version label
 * @param definition the whole codebook, as Attune's YAML
 */
public record CodebookVersion(int version, Instant createdAt, String change, String name, String codebookVersion,
                              String definition) {
}
