package org.attune.workbench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What building the search index did.
 *
 * @param location the index folder
 * @param turns how many turns it holds
 * @param inMemory whether it is in memory, as another Attune holds the folder
 * @param rebuilt whether it was rebuilt, or was current already
 * @param took how long it took
 */
public record IndexReport(Path location, int turns, boolean inMemory, boolean rebuilt, Duration took) {
}
