package org.attune.exchange;

import java.time.Instant;

/**
 * One code applied by one user to a stretch of a source's text: a {@code PlainTextSelection}
 * with one {@code Coding}. Positions are Unicode code points in the source's text, end exclusive.
 *
 * @param guid the selection's GUID
 * @param name its name, or ""
 * @param start where it starts
 * @param end where it ends, exclusive
 * @param userGuid the user who made it (on the selection and on the coding), or null
 * @param codeGuid the code it applies
 * @param description the selection's description, or ""
 * @param memo the text of the notes attached to it, or null
 * @param created when it was made, or null
 * @param modified when it was last changed, or null
 */
public record QdpxSelection(String guid, String name, int start, int end, String userGuid, String codeGuid,
                            String description, String memo, Instant created, Instant modified) {
}
