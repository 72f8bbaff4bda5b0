package org.attune.index;

import java.util.Collection;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;

/**
 * The index folder, written without forcing each commit to the disk. The index is derived data
 * and every coding key commits it: waiting for the disk there cost a key most of its time on a
 * busy disk. What a power cut can do to an unsynced commit (a file cut short or missing, the
 * last commit lost) is caught when the index is next opened, by Lucene's checksums or by a stamp
 * that is no longer the project's, and the index is then rebuilt from the project file, which
 * does force every change to the disk.
 */
final class UnsyncedDirectory extends FilterDirectory {

    UnsyncedDirectory(Directory folder) {
        super(folder);
    }

    @Override
    public void sync(Collection<String> names) {
        // see the class comment: the project file is the copy that must survive
    }

    @Override
    public void syncMetaData() {
        // likewise for the rename that publishes a commit
    }
}
