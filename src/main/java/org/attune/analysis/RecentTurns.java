package org.attune.analysis;

/**
 * The last few turns of a transcript, oldest first, as turn numbers and code numbers: the window
 * a one-pass tally looks back over. A ring of slots whose code arrays are reused, so that
 * streaming a million turns through it allocates next to nothing.
 */
final class RecentTurns {

    private int[] numbers = new int[8];
    private int[][] codes = new int[8][8];
    private int[] codeCounts = new int[8];
    private int oldest;
    private int size;

    int size() {
        return size;
    }

    /** The turn number of the i-th turn kept, from the oldest (0). */
    int number(int i) {
        return numbers[slot(i)];
    }

    /** The code numbers of the i-th turn kept; only the first {@link #codeCount} are its own. */
    int[] codes(int i) {
        return codes[slot(i)];
    }

    int codeCount(int i) {
        return codeCounts[slot(i)];
    }

    /** Keeps a turn as the newest, copying its code numbers. */
    void add(int number, int[] turnCodes, int count) {
        if (size == numbers.length) {
            grow();
        }
        int slot = slot(size);
        if (codes[slot].length < count) {
            codes[slot] = new int[Math.max(count, codes[slot].length * 2)];
        }
        System.arraycopy(turnCodes, 0, codes[slot], 0, count);
        numbers[slot] = number;
        codeCounts[slot] = count;
        size++;
    }

    void dropOldest() {
        oldest = slot(1);
        size--;
    }

    void clear() {
        size = 0;
    }

    private int slot(int i) {
        int slot = oldest + i;
        return slot < numbers.length ? slot : slot - numbers.length;
    }

    private void grow() {
        int capacity = numbers.length * 2;
        int[] grownNumbers = new int[capacity];
        int[][] grownCodes = new int[capacity][];
        int[] grownCounts = new int[capacity];
        for (int i = 0; i < size; i++) {
            grownNumbers[i] = number(i);
            grownCodes[i] = codes(i);
            grownCounts[i] = codeCount(i);
        }
        for (int i = size; i < capacity; i++) {
            grownCodes[i] = new int[8];
        }
        numbers = grownNumbers;
        codes = grownCodes;
        codeCounts = grownCounts;
        oldest = 0;
    }
}
