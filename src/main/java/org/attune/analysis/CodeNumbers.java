package org.attune.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Numbers codes 0, 1, 2, ... in the order they are first seen, so that counting works on arrays
 * indexed by number: each code of each turn is looked up by name once, and the counting itself
 * never touches a string.
 */
final class CodeNumbers {

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    /** How many codes have been numbered. */
    int size() {
        return names.size();
    }

    String name(int number) {
        return names.get(number);
    }

    /**
     * Writes the numbers of a turn's codes into {@code into} (which must hold at least
     * {@code codes.size()}) and returns how many it wrote.
     */
    int number(Set<String> codes, int[] into) {
        int count = 0;
        for (String code : codes) {
            Integer number = numbers.get(code);
            if (number == null) {
                number = names.size();
                numbers.put(code, number);
                names.add(code);
            }
            into[count++] = number;
        }
        return count;
    }

    /**
     * The numbers of the codes for which {@code include} holds, ordered by the codes' names
     * ({@link String#compareTo}: stable, and the same on every machine and in every locale).
     */
    int[] sortedByName(IntPredicate include) {
        return IntStream.range(0, names.size()).filter(include).boxed()
                .sorted(Comparator.comparing(names::get)).mapToInt(Integer::intValue).toArray();
    }

    /** The names of the given code numbers, in that order. */
    List<String> names(int[] codeNumbers) {
        return Arrays.stream(codeNumbers).mapToObj(names::get).toList();
    }
}
