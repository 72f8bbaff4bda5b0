package org.attune.exchange;

/**
 * A user of a REFI-QDA project: in Attune, a coder.
 *
 * @param guid its GUID (normalised: lower case, no braces)
 * @param name its name, or "" when the file gives none
 */
public record QdpxUser(String guid, String name) {
}
