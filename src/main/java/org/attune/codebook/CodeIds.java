package org.attune.codebook;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Ids for codes and groups from files that have none of Attune's: made from their names
 * ("Staying with feeling" becomes {@code staying-with-feeling}), unique within one codebook.
 */
public final class CodeIds {

    private final Set<String> taken = new HashSet<>();

    /** Notes an id already used, so that no new one repeats it. */
    public void reserve(String id) {
        taken.add(id);
    }

    /** A new id made from a name, unique among those made or reserved here: "client-form", "client-form-2". */
    public String fromName(String name) {
        String base = slug(name);
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Lower case ASCII letters and digits, words joined by '-', accents dropped; "code" when nothing is left. */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "code" : slug;
    }
}
