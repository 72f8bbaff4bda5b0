package org.attune.exchange;

import java.util.List;

/**
 * A REFI-QDA project as read: its sources, users and codings, the .qde document itself (whose
 * codebook the codebook package reads), and what was left out.
 *
 * @param project the users and sources
 * @param qdeName the name of the .qde entry
 * @param qde its bytes
 * @param hasCodeBook whether it has a {@code <CodeBook>}
 * @param discarded what was left out or read with a guess, one line each
 */
public record QdpxContent(QdpxProject project, String qdeName, byte[] qde, boolean hasCodeBook, List<String> discarded) {

    public QdpxContent {
        discarded = List.copyOf(discarded);
    }
}
