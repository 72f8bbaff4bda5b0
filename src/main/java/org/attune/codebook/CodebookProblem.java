package org.attune.codebook;

/**
 * One thing wrong with a codebook file.
 *
 * @param where where in the file: "line 12, column 5", "row 4, column 'color'", or "" for the whole file
 * @param message what is wrong and what was expected
 */
public record CodebookProblem(String where, String message) {

    public static CodebookProblem at(int line, int column, String message) {
        return new CodebookProblem("line " + line + ", column " + column, message);
    }

    @Override
    public String toString() {
        return where.isEmpty() ? message : where + ": " + message;
    }
}
