package org.attune.exchange;

import java.time.Instant;
import java.util.List;

/**
 * What a REFI-QDA project (.qdpx) holds for Attune, apart from its codebook, which the codebook
 * package reads and writes.
 *
 * @param name the project's name
 * @param origin the program that wrote it, or ""
 * @param created when it was made, or null
 * @param description what the project says of itself, or ""
 * @param users its users
 * @param sources its text sources
 */
public record QdpxProject(String name, String origin, Instant created, String description, List<QdpxUser> users,
                          List<QdpxSource> sources) {

    public QdpxProject {
        users = List.copyOf(users);
        sources = List.copyOf(sources);
    }
}
