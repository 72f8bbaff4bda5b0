package org.attune.index;

/** Hears how a rebuild of the index is getting on, on the thread that called it. */
@FunctionalInterface
public interface BuildProgress {

    BuildProgress NONE = (done, total, transcript) -> { };

    /**
     * @param done how many transcripts are indexed
     * @param total how many there are
     * @param transcript the one being read now
     */
    void update(int done, int total, String transcript);
}
