package org.attune.transcript;

import java.util.ArrayList;
import java.util.List;

/** The blank-line separated blocks of a subtitle file, each with the number of its first line. */
final class TextBlocks {

    record Block(int firstLine, List<String> lines) {

        /** The number of the block's {@code index}th line in the file. */
        int lineNumber(int index) {
            return firstLine + index;
        }
    }

    private TextBlocks() {
    }

    static List<Block> split(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(first, List.copyOf(current)));
                    current.clear();
                }
            } else {
                if (current.isEmpty()) {
                    first = i + 1;
                }
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(first, List.copyOf(current)));
        }
        return blocks;
    }
}
