package org.attune.ui;

import java.util.List;
import javax.swing.AbstractListModel;
import org.attune.model.Transcript;
import org.attune.model.Turn;

/** The turns of the open transcript, for the transcript list; it never copies them. */
final class TurnListModel extends AbstractListModel<Turn> {

    private List<Turn> turns = List.of();
    private Transcript transcript;

    Transcript transcript() {
        return transcript;
    }

    void show(Transcript transcript) {
        this.transcript = transcript;
        int before = turns.size();
        turns = transcript == null ? List.of() : transcript.turns();
        if (before > 0) {
            fireIntervalRemoved(this, 0, before - 1);
        }
        if (!turns.isEmpty()) {
            fireIntervalAdded(this, 0, turns.size() - 1);
        }
    }

    @Override
    public int getSize() {
        return turns.size();
    }

    @Override
    public Turn getElementAt(int index) {
        return turns.get(index);
    }
}
