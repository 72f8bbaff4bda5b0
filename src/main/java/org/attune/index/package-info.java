/**
 * The corpus index: one Lucene document per turn, with its text (stemmed and exact), where it
 * lies (transcript, dyad, session, date, turn, times), who speaks it, the codes every coder gave
 * it, and its neighbours' roles and codes, so that sequence questions are single queries.
 *
 * <p>The index is derived data beside the project file and never the only copy of anything: the
 * workbench rebuilds it whenever it is missing, stale or damaged. This package knows Lucene and
 * the model, nothing of the project file.
 */
package org.attune.index;
