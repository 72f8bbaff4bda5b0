package org.attune.workbench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.exchange.PseudonymTable;
import org.attune.io.InputFile;
import org.attune.io.UnreadableFileException;
import org.attune.io.TextDecoding;
import org.attune.io.UnreadableTextException;
import org.attune.model.AttuneException;
import org.attune.store.ProjectStore;

/** Pseudonym lists: read from a user's CSV, and the one a project keeps with it (in project_info, as CSV). */
final class PseudonymLists {

    private PseudonymLists() {
    }

    static Pseudonyms read(Path file) {
        String name = file.getFileName().toString();
        try {
            String text = TextDecoding.decode(InputFile.read(file, InputFile.TABLE_LIMIT)).text();
            return new Pseudonyms(PseudonymTable.read(name, text));
        } catch (UnreadableTextException e) {
            throw new AttuneException(name + ": not a text file: " + e.getMessage());
        } catch (UnreadableFileException e) {
            throw new AttuneException(file + ": " + e.getMessage(), e);
        }
    }

    static Map<String, String> of(ProjectStore store) {
        Pseudonyms list = NameCheck.list(store);
        Map<String, String> names = new LinkedHashMap<>();
        if (list != null) {
            list.entries().forEach(e -> names.put(e.name(), e.replacement()));
        }
        return names;
    }

    static void keep(ProjectStore store, Pseudonyms list) {
        String csv = list == null ? "" : PseudonymTable.write(list.entries());
        store.edit(edit -> {
            edit.setInfo(NameCheck.KEY, csv);
            return null;
        });
    }

    /** Keeps a list a pack was made with, under its fingerprint, so the merge can map the pack's codings back. */
    static void remember(ProjectStore store, Pseudonyms list) {
        store.edit(edit -> {
            edit.setInfo("pseudonyms." + list.id(), PseudonymTable.write(list.entries()));
            return null;
        });
    }

    /** A list remembered under its fingerprint. */
    static java.util.Optional<Pseudonyms> remembered(ProjectStore store, String id) {
        return store.info("pseudonyms." + id).map(csv -> new Pseudonyms(PseudonymTable.read("pseudonym list " + id, csv)));
    }

    /** Every list the project remembers from its pseudonymised packs. */
    static List<Pseudonyms> allRemembered(ProjectStore store) {
        return store.infoKeys("pseudonyms.").stream().map(key -> remembered(store, key.substring("pseudonyms.".length())))
                .flatMap(java.util.Optional::stream).toList();
    }

    /**
     * The project's coder a pack's coder is, when the pack was made under a remembered list that
     * replaced the coder's name ("Coder 1" for Anna); empty when the name is the coder's own, or no
     * list, or more than one coder, could have made it. What a merge needs so that a pseudonymised
     * coder's work comes back to the coder, not to a new coder of the pseudonym's name.
     */
    static java.util.Optional<String> coderBefore(ProjectStore store, String packCoder) {
        List<String> coders = store.coderNames();
        if (packCoder == null || coders.contains(packCoder)) {
            return java.util.Optional.empty();
        }
        List<String> found = allRemembered(store).stream().map(list -> list.before(packCoder, coders)).flatMap(java.util.Optional::stream)
                .distinct().toList();
        return found.size() == 1 ? java.util.Optional.of(found.getFirst()) : java.util.Optional.empty();
    }

    /**
     * The way back from the names a pseudonymised pack carries (its coder, its round, its coders) to
     * the project's own: a name the project knows stays; one that a list the project remembers made
     * of exactly one of the project's names becomes that name; any other stays as it is.
     */
    static java.util.function.UnaryOperator<String> namesBack(ProjectStore store) {
        java.util.Set<String> known = new java.util.LinkedHashSet<>(store.coderNames());
        store.rounds().forEach(r -> known.add(r.name()));
        List<Pseudonyms> lists = allRemembered(store);
        return name -> {
            if (name == null || known.contains(name)) {
                return name;
            }
            List<String> found = lists.stream().map(list -> list.before(name, known)).flatMap(java.util.Optional::stream)
                    .distinct().toList();
            return found.size() == 1 ? found.getFirst() : name;
        };
    }

    static List<String> names(Pseudonyms list) {
        return list.entries().stream().map(PseudonymTable.Entry::name).toList();
    }
}
