package org.attune.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;

/**
 * What the search field offers to complete the word being typed: a field name ("spe" →
 * "speaker:"), or after a code field ("code:", "next.code:", "prev.code:") a code's or group's
 * id, found by any part of its id or name. Needs no frame.
 */
final class QueryCompletion {

    static final int MAX = 12;

    /**
     * @param word the start of the replaced stretch in the query
     * @param replacements what it may become, best first
     */
    record Offer(int word, List<String> replacements) {
    }

    private QueryCompletion() {
    }

    static Offer at(String query, int caret, List<String> fields, Codebook codebook) {
        int start = caret;
        while (start > 0 && !Character.isWhitespace(query.charAt(start - 1)) && query.charAt(start - 1) != '(') {
            start--;
        }
        String word = query.substring(start, caret);
        int colon = word.indexOf(':');
        List<String> out = new ArrayList<>();
        if (colon >= 0) {
            String field = word.substring(0, colon);
            if (codebook != null && (field.equals("code") || field.endsWith(".code"))) {
                String typed = word.substring(colon + 1).replace("\"", "").toLowerCase(Locale.ROOT);
                for (CodeGroup g : codebook.groups()) {
                    if (matches(g.id(), g.name(), typed)) {
                        out.add(field + ":" + g.id());
                    }
                    for (Code c : g.codes()) {
                        if (matches(c.id(), c.name(), typed)) {
                            out.add(field + ":" + c.id());
                        }
                    }
                }
                // Codes whose id starts with what was typed first.
                out.sort((a, b) -> Boolean.compare(!a.substring(field.length() + 1).startsWith(typed),
                        !b.substring(field.length() + 1).startsWith(typed)));
            }
        } else if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
            String typed = word.toLowerCase(Locale.ROOT);
            for (String f : fields) {
                if (f.startsWith(typed) && !f.equals(typed) && !f.contains("CODE")) {
                    out.add(f + ":");
                }
            }
        }
        return new Offer(start, out.size() > MAX ? out.subList(0, MAX) : out);
    }

    private static boolean matches(String id, String name, String typed) {
        return typed.isEmpty() || id.contains(typed) || name.toLowerCase(Locale.ROOT).contains(typed);
    }

    /** The query with the word replaced by a chosen completion, and where the caret goes. */
    static String apply(String query, int caret, Offer offer, String replacement) {
        return query.substring(0, offer.word()) + replacement + query.substring(caret);
    }
}
