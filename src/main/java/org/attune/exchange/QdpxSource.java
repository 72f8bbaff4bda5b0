package org.attune.exchange;

import java.util.List;

/**
 * A text source of a REFI-QDA project: its plain text (LF line breaks, no byte order mark), the
 * codings on it, and its variables.
 *
 * @param guid its GUID
 * @param name its name
 * @param text the plain text the selections' positions count in
 * @param description its description, or ""
 * @param selections the codings on it
 * @param variables its variables' values
 */
public record QdpxSource(String guid, String name, String text, String description, List<QdpxSelection> selections,
                         List<QdpxVariable> variables) {

    public QdpxSource {
        selections = List.copyOf(selections);
        variables = List.copyOf(variables);
    }
}
