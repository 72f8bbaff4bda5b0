package org.attune.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one committed change of the project did to the data that derived data (the search index)
 * is made of, as the project file's own triggers saw it: whichever code path wrote, nothing
 * escapes. A transcript whose row or turns changed, or a coder of whose codings was renamed,
 * counts as changed whole; codings count by the turns they lie on, before and after.
 *
 * @param before the project's change stamp before the change
 * @param after the stamp it committed
 * @param transcriptsAdded transcripts that were not there before
 * @param transcriptsRemoved names that no transcript has any more (deleted, or renamed away from)
 * @param transcriptsChanged transcripts there before and after whose content may differ anywhere
 * @param codings the turns of each coding row inserted, deleted or updated (an update's old and new turns)
 * @param codebookChanged whether a codebook version was added or the current one's codes changed
 */
public record ProjectChange(String before, String after, Set<String> transcriptsAdded, Set<String> transcriptsRemoved,
                            Set<String> transcriptsChanged, List<CodingRows> codings, boolean codebookChanged) {

    /** What happened to coding rows. */
    public enum RowChange {
        INSERTED, DELETED, UPDATED
    }

    /**
     * Coding rows of one kind of change on a stretch of a transcript's turns.
     *
     * @param change inserted, deleted or updated
     * @param transcript the transcript's name
     * @param firstTurn the first turn they lie on, from 1
     * @param lastTurn the last
     */
    public record CodingRows(RowChange change, String transcript, int firstTurn, int lastTurn) {

        public CodingRows {
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(transcript, "transcript");
            if (firstTurn < 1 || lastTurn < firstTurn) {
                throw new IllegalArgumentException("turns " + firstTurn + " to " + lastTurn);
            }
        }
    }

    public ProjectChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        transcriptsAdded = Set.copyOf(transcriptsAdded);
        transcriptsRemoved = Set.copyOf(transcriptsRemoved);
        transcriptsChanged = Set.copyOf(transcriptsChanged);
        codings = List.copyOf(codings);
    }

    /** Whether it changed nothing the index is made of (a saved query, a round, a mark of done). */
    public boolean leavesCorpus() {
        return transcriptsAdded.isEmpty() && transcriptsRemoved.isEmpty() && transcriptsChanged.isEmpty() && codings.isEmpty();
    }

    /**
     * This change followed by a later one, as one change from this one's stamp to the later's: a
     * transcript added then removed is gone, one removed then added again is changed.
     */
    public ProjectChange then(ProjectChange later) {
        Set<String> added = new LinkedHashSet<>(transcriptsAdded);
        Set<String> removed = new LinkedHashSet<>(transcriptsRemoved);
        Set<String> changed = new LinkedHashSet<>(transcriptsChanged);
        for (String name : later.transcriptsRemoved) {
            if (!added.remove(name)) {
                removed.add(name);
            }
            changed.remove(name);
        }
        for (String name : later.transcriptsAdded) {
            if (removed.remove(name)) {
                changed.add(name);
            } else {
                added.add(name);
            }
        }
        for (String name : later.transcriptsChanged) {
            if (!added.contains(name)) {
                changed.add(name);
            }
        }
        List<CodingRows> rows = new ArrayList<>(codings);
        rows.addAll(later.codings);
        return new ProjectChange(before, later.after, added, removed, changed, rows, codebookChanged || later.codebookChanged);
    }
}
