package org.attune.workbench;

/**
 * One thing wrong with a file a user gave.
 *
 * @param where where in the file ("line 12, column 5", "row 4, column 'color'"), or "" for the whole file
 * @param message what is wrong and what was expected
 */
public record FileProblem(String where, String message) {
}
