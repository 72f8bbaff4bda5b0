package org.attune.workbench;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.attune.model.AttuneException;
import org.attune.model.Coding;
import org.attune.model.Span;

/**
 * What undoing a merge or a deletion of a code needs, kept with the project in the change's own
 * transaction (so the command line can undo what the window did, and the other way round): the
 * codebook version before, the version the change made, and exactly the codings it took away
 * and the codings it wrote in their place.
 *
 * @param versionBefore the codebook version current before the change
 * @param versionMade the version the change made
 * @param change what the change was, as the history says it
 * @param removed the codings as they were before, that the change deleted or rewrote
 * @param added the codings the change wrote (a merge's codings moved to the other code)
 */
record CodebookUndo(int versionBefore, int versionMade, String change, List<Coding> removed, List<Coding> added) {

    /** Where the undo records are kept among the project's values, one a change, by the version it made. */
    static final String KEY_PREFIX = "codebook_undo.";

    /** How many changes stay undoable; the oldest record goes when another comes. */
    static final int KEPT = 20;

    CodebookUndo {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    /** The key of this record: ordered by the version made, so the last key is the latest change. */
    String key() {
        return KEY_PREFIX + String.format(java.util.Locale.ROOT, "%09d", versionMade);
    }

    /**
     * The record as text: a header line, then a line per coding, its fields tab-separated and
     * escaped, so that memos with tabs or line breaks come back as they were.
     */
    String encode() {
        StringBuilder text = new StringBuilder();
        text.append("1\t").append(versionBefore).append('\t').append(versionMade).append('\t').append(escape(change)).append('\n');
        removed.forEach(c -> line(text, "-", c));
        added.forEach(c -> line(text, "+", c));
        return text.toString();
    }

    static CodebookUndo decode(String key, String text) {
        try {
            String[] lines = text.split("\n", -1);
            String[] head = lines[0].split("\t", -1);
            if (!head[0].equals("1") || head.length != 4) {
                throw new IllegalArgumentException("unknown header");
            }
            List<Coding> removed = new ArrayList<>();
            List<Coding> added = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isEmpty()) {
                    continue;
                }
                String[] f = lines[i].split("\t", -1);
                Coding coding = new Coding(unescape(f[1]), unescape(f[2]), unescape(f[3]),
                        new Span(Integer.parseInt(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7])),
                        f[8].equals(NULL) ? null : new BigDecimal(f[8]), unescape(f[9]), Instant.parse(f[10]), Instant.parse(f[11]));
                (f[0].equals("-") ? removed : added).add(coding);
            }
            return new CodebookUndo(Integer.parseInt(head[1]), Integer.parseInt(head[2]), unescape(head[3]), removed, added);
        } catch (RuntimeException e) {
            // Only Attune writes these; one it cannot read (another program's edit) is not silently half used.
            throw new AttuneException("the project's record for undoing a codebook change (" + key + ") cannot be read: "
                    + e.getMessage());
        }
    }

    private static final String NULL = "\\N";

    private static void line(StringBuilder text, String sign, Coding c) {
        Span s = c.span();
        text.append(sign).append('\t').append(escape(c.coder())).append('\t').append(escape(c.transcript())).append('\t')
                .append(escape(c.codeId())).append('\t').append(s.startTurn()).append('\t').append(s.startOffset()).append('\t')
                .append(s.endTurn()).append('\t').append(s.endOffset()).append('\t')
                .append(c.value() == null ? NULL : c.value().toPlainString()).append('\t').append(escape(c.memo())).append('\t')
                .append(c.created()).append('\t').append(c.updated()).append('\n');
    }

    private static String escape(String text) {
        if (text == null) {
            return NULL;
        }
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        if (text.equals(NULL)) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
