/**
 * The use cases of Attune, behind one facade, {@link org.attune.workbench.Workbench}, that the
 * command line and the window both call: create and open projects, import transcripts, list and
 * show them, build the demo project. It is the only package that combines the others.
 *
 * <p>Who may see whose codings is decided here once: {@link org.attune.workbench.CoderView}, from
 * {@code Workbench.seenBy(coder)}, is the project as one coder sees it (only their own codings on
 * the transcripts of their blind rounds), and both faces read through it as the coder they act for.
 *
 * <p>The rules the faces share live here once (new code ids, the undo of a codebook change,
 * agreement defaults, import options), and problems come back as typed values
 * ({@link org.attune.workbench.InputException}, {@link org.attune.workbench.CodingsAtStakeException})
 * whose messages name no flag or button: each face words them its own way.
 *
 * <p>A coding keeps the rules of {@code CodingRules} whichever door it comes in by: a key press, a
 * codings table, a REFI-QDA project, a returned pack (whose turns are hashed again and which must be
 * its coder's, see {@code PackIdentity}). {@code Workbench.check()} finds a stored coding that does
 * not, and {@code Workbench.repair()} removes exactly those, for a project damaged before.
 */
package org.attune.workbench;
