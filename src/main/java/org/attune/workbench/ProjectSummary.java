package org.attune.workbench;

import java.nio.file.Path;
import java.util.List;
import org.attune.model.CoderSummary;

/**
 * What a project holds, in numbers.
 *
 * @param path the project file
 * @param schemaVersion the version of its file format
 * @param transcripts how many transcripts
 * @param turns how many turns in all
 * @param codebook the codebook's name, or null when none is attached
 * @param codebookLabel the codebook's own version label ("1.0"), or null
 * @param codebookVersion the project's version number of the codebook, or 0
 * @param codes how many codes the codebook has
 * @param coders each coder, with their codings
 * @param codings how many codings in all
 */
public record ProjectSummary(Path path, int schemaVersion, int transcripts, long turns, String codebook,
                             String codebookLabel, int codebookVersion, int codes, List<CoderSummary> coders, long codings) {

    public ProjectSummary {
        coders = List.copyOf(coders);
    }
}
