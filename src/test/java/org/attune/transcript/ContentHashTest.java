package org.attune.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.attune.model.Role;
import org.attune.model.Turn;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void isTheSha256OfSpeakersAndWordsWithSeparators() throws Exception {
        String longText = "é🙂 ".repeat(5000); // longer than the hash's buffer, with multi-byte characters
        List<Turn> turns = List.of(
                new Turn(1, "Zoë", Role.CLIENT, null, null, "Café?"),
                new Turn(2, "Dr Lee", Role.THERAPIST, 5L, 9L, longText));
        String simple = "Zoë\u001FCafé?\u001E" + "Dr Lee\u001F" + longText + "\u001E";
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(simple.getBytes(StandardCharsets.UTF_8)));
        assertThat(ContentHash.of(turns)).isEqualTo(expected);
    }

    @Test
    void rolesAndTimesDoNotCountButEveryWordDoes() {
        List<Turn> a = List.of(new Turn(1, "T", Role.THERAPIST, 1L, 2L, "Hello."));
        List<Turn> b = List.of(new Turn(1, "T", Role.OTHER, null, null, "Hello."));
        List<Turn> c = List.of(new Turn(1, "T", Role.THERAPIST, 1L, 2L, "Hello!"));
        List<Turn> d = List.of(new Turn(1, "T:", Role.THERAPIST, 1L, 2L, "Hello."));
        assertThat(ContentHash.of(a)).isEqualTo(ContentHash.of(b)).isNotEqualTo(ContentHash.of(c)).isNotEqualTo(ContentHash.of(d));
    }
}
