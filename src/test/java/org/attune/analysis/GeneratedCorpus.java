package org.attune.analysis;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.Set;
import org.attune.model.Role;

/**
 * Coded turns made up as they are read, never held together: sessions of 300 to 800 turns,
 * therapist and client alternating with now and then someone else, 0 to 5 of 40 codes a turn
 * (a tenth of turns uncoded), and about one turn in a hundred left out of the numbering. The same
 * size and seed give the same turns.
 */
final class GeneratedCorpus implements Iterable<CodedTurn> {

    static final int CODES = 40;
    private static final String[] NAMES = new String[CODES];

    static {
        for (int i = 0; i < CODES; i++) {
            NAMES[i] = (i < CODES / 2 ? "therapist-move-" : "client-move-") + (char) ('a' + i % 20);
        }
    }

    private final int turns;
    private final long seed;

    GeneratedCorpus(int turns, long seed) {
        this.turns = turns;
        this.seed = seed;
    }

    @Override
    public Iterator<CodedTurn> iterator() {
        SplittableRandom random = new SplittableRandom(seed);
        return new Iterator<>() {
            private int made;
            private int session;
            private int sessionLeft;
            private int number;

            @Override
            public boolean hasNext() {
                return made < turns;
            }

            @Override
            public CodedTurn next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (sessionLeft == 0) {
                    session++;
                    sessionLeft = random.nextInt(300, 801);
                    number = 0;
                }
                sessionLeft--;
                made++;
                number += random.nextInt(100) == 0 ? 2 : 1;
                Role role = random.nextInt(50) == 0 ? Role.OTHER : number % 2 == 1 ? Role.THERAPIST : Role.CLIENT;
                return new CodedTurn("session " + session, number, role, codes(random, role));
            }
        };
    }

    private static Set<String> codes(SplittableRandom random, Role role) {
        if (random.nextInt(10) == 0) {
            return Set.of();
        }
        // Mostly the role's own codes, as with a codebook whose groups apply to one role.
        int from = role == Role.CLIENT ? CODES / 2 : 0;
        String[] picked = new String[random.nextInt(1, 6)];
        int count = 0;
        while (count < picked.length) {
            String name = NAMES[random.nextInt(8) == 0 ? random.nextInt(CODES) : from + random.nextInt(CODES / 2)];
            boolean taken = false;
            for (int i = 0; i < count; i++) {
                taken |= picked[i].equals(name);
            }
            if (!taken) {
                picked[count++] = name;
            }
        }
        return Set.of(picked);
    }
}
