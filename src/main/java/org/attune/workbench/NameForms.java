package org.attune.workbench;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a listed name is found in text: in either Unicode normalisation ("Zoë" written as one
 * character or as "e" and a combining diaeresis), across a line break (between the words of
 * "Hannah Reid", or hyphenated inside a word, "Han-" at a line's end and "nah" on the next), as a
 * whole word (so a possessive, "Sam's", is found) and in any case, except a name that is also a
 * common word ("Will", "Grace", "Mark"), which is found only as listed or in capitals so that
 * "will" and "grace" stay as they are.
 *
 * <p>"Common word" is decided by {@link #COMMON_WORDS}: English given names that are also English
 * words a transcript is likely to use in lower case. The list is small on purpose: a name that
 * is missing from it is matched in any case, which replaces too much rather than too little.
 */
final class NameForms {

    /** Given names that are also ordinary English words, in lower case. */
    static final Set<String> COMMON_WORDS = Set.of("will", "may", "june", "april", "august", "grace", "hope", "faith", "joy",
            "rose", "mark", "bill", "pat", "sue", "rob", "art", "jack", "frank", "amber", "ruby", "dawn", "summer", "sunny",
            "honey", "iris", "lily", "ivy", "holly", "autumn", "dot", "penny", "guy", "sandy", "rusty", "drew", "chase",
            "hunter", "carol", "charity", "harmony", "melody", "destiny", "crystal", "pearl", "jade", "robin", "lance", "don",
            "ray", "wade", "dean", "cliff", "glen", "heath", "miles", "max", "reed", "rich", "sterling", "sky", "star",
            "storm", "river", "rain", "angel", "brook", "violet", "olive", "hazel", "heather", "daisy", "poppy", "fern", "sage",
            "basil", "ginger", "candy", "kitty", "patience", "prudence", "mercy", "trinity", "bliss", "precious", "unity",
            "bob", "gene", "earl", "duke", "king", "prince", "price", "bell", "cook", "baker", "smith", "young",
            "long", "little", "brown", "white", "black", "green", "gray", "grey", "rock", "stone", "wood", "hill", "field",
            "moss", "lake", "marsh", "page", "bishop", "booth", "noble", "sharp", "strong", "wise", "best", "love");

    /** Before a name: not inside a word. */
    private static final String BEFORE = "(?<![\\p{L}\\p{N}\\p{M}])";
    /** After a name: not inside a word, nor followed by a combining mark that would make it another letter. */
    private static final String AFTER = "(?![\\p{L}\\p{N}\\p{M}])";
    /** Between two letters of a word: a line break, hyphenated or not. */
    private static final String BROKEN = "(?:-?[ \\t]*\\R[ \\t]*)?";

    private NameForms() {
    }

    /** A name in the normal form names are compared in (composed, NFC). */
    static String normal(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    /** Whether a name is also a common word: then it is found only as listed or in capitals. */
    static boolean isCommonWord(String name) {
        String[] words = normal(name).strip().split("\\s+");
        for (String word : words) {
            if (!COMMON_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A regular expression (without boundaries) for a name in text.
     *
     * @param anyCase whether to find it in any case, whatever it is (for file names and ids, where a lower-case name is still the name)
     */
    static String regex(String name, boolean anyCase) {
        String n = normal(name).strip();
        if (anyCase || !isCommonWord(n)) {
            return "(?iu:" + letters(n) + ")";
        }
        String upper = normal(n.toUpperCase(Locale.ROOT));
        return upper.equals(n) ? letters(n) : "(?:" + letters(n) + "|" + letters(upper) + ")";
    }

    /** A name's regular expression with the word boundaries around it. */
    static String word(String inner) {
        return BEFORE + inner + AFTER;
    }

    private static String letters(String name) {
        StringBuilder regex = new StringBuilder();
        int[] cps = name.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (Character.isWhitespace(cp)) {
                while (i + 1 < cps.length && Character.isWhitespace(cps[i + 1])) {
                    i++;
                }
                regex.append("\\s+");
                continue;
            }
            String composed = new String(Character.toChars(cp));
            String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
            if (decomposed.equals(composed)) {
                regex.append(Pattern.quote(composed));
            } else {
                regex.append("(?:").append(Pattern.quote(composed)).append('|').append(Pattern.quote(decomposed)).append(')');
            }
            if (i + 1 < cps.length && Character.isLetter(cp) && Character.isLetter(cps[i + 1])) {
                regex.append(BROKEN);
            }
        }
        return regex.toString();
    }
}
