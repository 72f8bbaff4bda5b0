package org.attune.workbench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a pseudonym list replaced in an export or a pack.
 *
 * @param replaced how many times each listed name was replaced, in everything that left (speakers, text, memos,
 *                 the codebook, names of transcripts, coders and the project); names never found are 0
 */
public record PseudonymReport(Map<String, Integer> replaced) {

    public PseudonymReport {
        replaced = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(replaced));
    }

    /** Sums the replacements of several transcripts. */
    static final class Builder {
        private final Map<String, Integer> replaced = new LinkedHashMap<>();

        Builder(Pseudonyms pseudonyms) {
            if (pseudonyms != null) {
                pseudonyms.entries().forEach(e -> replaced.put(e.name(), 0));
            }
        }

        void add(Pseudonyms.Applied applied) {
            add(applied.replaced());
        }

        void add(Map<String, Integer> counts) {
            counts.forEach((name, count) -> replaced.merge(name, count, Integer::sum));
        }

        PseudonymReport build() {
            return new PseudonymReport(replaced);
        }
    }
}
