package org.attune.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.model.Code;
import org.attune.model.Codebook;

/**
 * The keys that apply codes: each code's own key from the codebook (one letter), and for every
 * code without one a two-key chord, {@value #CHORD} then a letter or digit, given in the
 * codebook's order, so that every code is two keystrokes away at most. The codebook pane shows
 * each code's key or chord, and the letters still free to give a code a key of its own.
 */
final class CodeKeys {

    /** The first key of a chord. */
    static final char CHORD = '.';
    /** Letters that move through the transcript and so are never a code's key. */
    static final String MOVES = "jkJK";
    private static final String SECOND = "abcdefghijklmnopqrstuvwxyz123456789";

    private static volatile CodeKeys last;

    private final Codebook codebook;
    private final Map<String, Code> byKey = new LinkedHashMap<>();
    private final Map<String, String> keyOf = new LinkedHashMap<>();

    private CodeKeys(Codebook codebook) {
        this.codebook = codebook;
        for (Code c : codebook.codes()) {
            if (c.key() != null && !c.key().isBlank()) {
                byKey.put(c.key(), c);
                keyOf.put(c.id(), c.key());
            }
        }
        int next = 0;
        for (Code c : codebook.codes()) {
            if (!keyOf.containsKey(c.id()) && next < SECOND.length()) {
                String chord = CHORD + String.valueOf(SECOND.charAt(next++));
                byKey.put(chord, c);
                keyOf.put(c.id(), chord);
            }
        }
    }

    /** The keys of a codebook (made once per codebook: painting asks often). */
    static CodeKeys of(Codebook codebook) {
        CodeKeys keys = last;
        if (keys == null || keys.codebook != codebook) {
            keys = new CodeKeys(codebook);
            last = keys;
        }
        return keys;
    }

    /** The code a key ("s") or chord (".a") applies. */
    Optional<Code> code(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** A code's key, or its chord, or null when there are more keyless codes than chords. */
    String keyOf(String codeId) {
        return keyOf.get(codeId);
    }

    /** Whether a code's way in is a chord rather than a key of its own. */
    boolean chord(String codeId) {
        String key = keyOf.get(codeId);
        return key != null && key.length() == 2;
    }

    /** The chords, in order: for the status line while a chord waits for its second key. */
    List<String> chords() {
        return byKey.keySet().stream().filter(k -> k.length() == 2).toList();
    }

    /** Letters no code has as its key (not j or k): what the codebook offers a code without one. */
    List<String> freeLetters() {
        List<String> free = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            for (String key : new String[] {String.valueOf(c), String.valueOf(Character.toUpperCase(c))}) {
                if (MOVES.indexOf(key.charAt(0)) < 0 && !byKey.containsKey(key)) {
                    free.add(key);
                }
            }
        }
        return free;
    }
}
