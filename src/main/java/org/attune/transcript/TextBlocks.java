package org.attune.transcript;

import java.util.Arrays;

/**
 * The blank-line separated blocks of a subtitle file, one at a time. A block is a view on the
 * text: its lines become strings only when a reader asks for them, as a subtitle file has a block
 * for every few seconds of speech and most of their lines (numbers, timings) are read in place.
 */
final class TextBlocks {

    /** One block, valid only during the call that hands it over. */
    static final class Block {

        private final String text;
        private int[] starts = new int[8];
        private int[] ends = new int[8];
        private int size;
        private int firstLine;

        private Block(String text) {
            this.text = text;
        }

        int size() {
            return size;
        }

        int firstLine() {
            return firstLine;
        }

        /** The number of the block's {@code index}th line in the file. */
        int lineNumber(int index) {
            return firstLine + index;
        }

        String line(int index) {
            return text.substring(starts[index], ends[index]);
        }

        boolean contains(int index, String part) {
            int at = text.indexOf(part, starts[index]);
            return at >= 0 && at + part.length() <= ends[index];
        }

        /** Whether the line is digits only, white space around them allowed. */
        boolean isNumber(int index) {
            int digits = 0;
            for (int i = starts[index]; i < ends[index]; i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits++;
                } else if (!Character.isWhitespace(c)) {
                    return false;
                }
            }
            return digits > 0;
        }

        CueTiming timing(String fileName, int index, String example) {
            return CueTiming.parse(fileName, lineNumber(index), text, starts[index], ends[index], example);
        }

        /** The lines from {@code from} to the end, joined by {@code separator}. */
        String join(int from, String separator) {
            if (from >= size) {
                return "";
            }
            if (from == size - 1) {
                return line(from);
            }
            StringBuilder out = new StringBuilder();
            for (int i = from; i < size; i++) {
                if (i > from) {
                    out.append(separator);
                }
                out.append(text, starts[i], ends[i]);
            }
            return out.toString();
        }

        private void add(int number, int start, int end) {
            if (size == 0) {
                firstLine = number;
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
        }
    }

    /** Hears each block in turn. */
    @FunctionalInterface
    interface BlockConsumer {
        void block(Block block);
    }

    private TextBlocks() {
    }

    static void forEach(String text, BlockConsumer consumer) {
        String t = TextLines.withLineFeeds(text);
        Block block = new Block(t);
        TextLines.forEachRange(t, (number, start, end) -> {
            if (isBlank(t, start, end)) {
                if (block.size > 0) {
                    consumer.block(block);
                    block.size = 0;
                }
            } else {
                block.add(number, start, end);
            }
        });
        if (block.size > 0) {
            consumer.block(block);
        }
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
