package org.attune.transcript;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.attune.model.Turn;

/**
 * The identity of a transcript's content: a SHA-256 over its speakers and words, turn by turn.
 * Times, roles and the file format are left out, so the same session exported as .vtt and as
 * .docx is recognised as the same content, and a coder's copy of a project matches the original.
 * Turns are added one at a time, as a file is read.
 */
public final class ContentHash {

    private static final byte UNIT_SEPARATOR = 0x1F;
    private static final byte RECORD_SEPARATOR = 0x1E;

    private final MessageDigest digest = sha256();

    public static String of(List<Turn> turns) {
        ContentHash hash = new ContentHash();
        turns.forEach(hash::add);
        return hash.value();
    }

    public void add(Turn turn) {
        digest.update(turn.speaker().getBytes(StandardCharsets.UTF_8));
        digest.update(UNIT_SEPARATOR);
        digest.update(turn.text().getBytes(StandardCharsets.UTF_8));
        digest.update(RECORD_SEPARATOR);
    }

    /** The hash of the turns added, as 64 hexadecimal digits. Ends the hashing. */
    public String value() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
