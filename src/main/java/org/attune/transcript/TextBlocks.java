package org.attune.transcript;

import java.util.ArrayList;
import java.util.List;

/** The blank-line separated blocks of a subtitle file, each with the number of its first line, one at a time. */
final class TextBlocks {

    record Block(int firstLine, List<String> lines) {

        /** The number of the block's {@code index}th line in the file. */
        int lineNumber(int index) {
            return firstLine + index;
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
        List<String> current = new ArrayList<>();
        int[] first = new int[1];
        TextLines.forEach(text, (number, line) -> {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    consumer.block(new Block(first[0], List.copyOf(current)));
                    current.clear();
                }
            } else {
                if (current.isEmpty()) {
                    first[0] = number;
                }
                current.add(line);
            }
        });
        if (!current.isEmpty()) {
            consumer.block(new Block(first[0], List.copyOf(current)));
        }
    }
}
