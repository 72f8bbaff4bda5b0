package org.attune.exchange;

/**
 * One row of a codings table: one coder's code on one turn, or on a stretch of text from an
 * offset in one turn to an offset in the same or a later turn.
 *
 * @param coder the coder's name
 * @param transcript the transcript's name
 * @param turn the (first) turn, from 1
 * @param code the code's id (or name, on import)
 * @param value the scale level, as written, or null
 * @param start the code-point offset in the first turn where the coding starts, or null for the whole turn
 * @param end the code-point offset in the last turn where it ends, exclusive, or null for the end of that turn
 * @param endTurn the last turn when it runs over several, or null
 * @param memo a note, or null
 * @param text the coded text (written on export; ignored on import), or null
 * @param line the line of the row in the file it came from (0 when written by Attune)
 */
public record CodingRow(String coder, String transcript, int turn, String code, String value, Integer start, Integer end,
                        Integer endTurn, String memo, String text, int line) {
}
