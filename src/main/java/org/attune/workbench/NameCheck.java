package org.attune.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.exchange.PseudonymTable;
import org.attune.model.Transcript;
import org.attune.store.ProjectStore;

/**
 * Looks, in what is about to leave the project, for the names on the project's own list of names
 * to pseudonymise, so that an export or pack can warn when some are still there.
 */
final class NameCheck {

    /** The project_info key of the project's list, kept as name,replacement CSV. */
    static final String KEY = "pseudonyms";

    private final Pseudonyms listed;
    private final Map<String, Map<String, Integer>> found = new LinkedHashMap<>();

    NameCheck(ProjectStore store) {
        this.listed = list(store);
    }

    /** The project's list, or null when it has none. */
    static Pseudonyms list(ProjectStore store) {
        return store.info(KEY).filter(csv -> !csv.isBlank())
                .map(csv -> new Pseudonyms(PseudonymTable.read(store.path().getFileName() + " (its list of names)", csv)))
                .orElse(null);
    }

    void look(Transcript transcript) {
        if (listed != null) {
            Map<String, Integer> names = listed.occurrences(transcript);
            if (!names.isEmpty()) {
                found.put(transcript.name(), names);
            }
        }
    }

    /** One line per name still present: in which transcripts and how many turns. */
    List<String> warnings() {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        found.forEach((transcript, names) -> names.forEach((name, turns) ->
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(transcript + " (" + turns + (turns == 1 ? " turn)" : " turns)"))));
        List<String> warnings = new ArrayList<>();
        byName.forEach((name, where) -> warnings.add("'" + name + "', on the project's list of names to pseudonymise, is still in "
                + String.join(", ", where)));
        return warnings;
    }
}
