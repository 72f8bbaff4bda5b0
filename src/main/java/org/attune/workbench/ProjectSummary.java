package org.attune.workbench;

import java.nio.file.Path;

/**
 * What a project holds, in numbers.
 *
 * @param path the project file
 * @param schemaVersion the version of its file format
 * @param transcripts how many transcripts
 * @param turns how many turns in all
 * @param coders how many coders
 * @param codings how many codings
 * @param codebook the codebook's name, or null when none is attached
 */
public record ProjectSummary(Path path, int schemaVersion, int transcripts, long turns, int coders, long codings,
                             String codebook) {
}
