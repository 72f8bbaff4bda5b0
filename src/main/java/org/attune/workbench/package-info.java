/**
 * The use cases of Attune, behind one facade, {@link org.attune.workbench.Workbench}, that the
 * command line and the window both call: create and open projects, import transcripts, list and
 * show them, build the demo project. It is the only package that combines the others.
 *
 * <p>The rules the faces share live here once (new code ids, the undo of a codebook change,
 * agreement defaults, import options), and problems come back as typed values
 * ({@link org.attune.workbench.InputException}, {@link org.attune.workbench.CodingsAtStakeException})
 * whose messages name no flag or button: each face words them its own way.
 */
package org.attune.workbench;
