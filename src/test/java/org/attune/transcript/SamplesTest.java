package org.attune.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.model.Role;
import org.attune.model.SessionInfo;
import org.attune.model.Turn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample sessions are what a new user sees first: they must read, and read right. */
class SamplesTest {

    static final SpeakerRoles SAMPLE_ROLES = new SpeakerRoles(List.of("Hannah Reid"), List.of("Zoë Marchetti", "Daniel"));

    static List<Path> samples() {
        return SampleFiles.all();
    }

    private static TranscriptFileReader.Whole read(Path sample) {
        return TranscriptFileReader.readWhole(sample,
                new TranscriptFileReader.Settings(null, SAMPLE_ROLES, SessionInfo.UNKNOWN, null), Instant.EPOCH);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleReadsAsARealSession(Path sample) {
        TranscriptFileReader.Whole result = read(sample);
        List<Turn> turns = result.transcript().turns();
        assertThat(turns).hasSizeBetween(80, 200);
        assertThat(turns).extracting(Turn::role).doesNotContain(Role.OTHER);
        assertThat(turns.stream().filter(t -> t.role() == Role.THERAPIST).count()).isGreaterThan(30);
        assertThat(turns.stream().filter(t -> t.role() == Role.CLIENT).count()).isGreaterThan(30);
        for (int i = 1; i < turns.size(); i++) {
            assertThat(turns.get(i).speaker()).as("turn %d follows a turn of the same speaker", i + 1)
                    .isNotEqualTo(turns.get(i - 1).speaker());
            assertThat(turns.get(i).startMs()).as("turn %d starts before the turn above", i + 1)
                    .isGreaterThanOrEqualTo(turns.get(i - 1).startMs());
        }
        assertThat(turns).allSatisfy(t -> assertThat(t.text()).isNotBlank().doesNotContain("<v", "</v>", "-->"));
        SessionInfo session = result.transcript().session();
        assertThat(session.dyad()).matches("d0[12]");
        assertThat(session.session()).isBetween(1, 3);
    }

    @Test
    void twoDyadsOfThreeSessionsInEveryFormat() {
        List<TranscriptFileReader.Whole> results = samples().stream().map(SamplesTest::read).toList();
        Map<String, Set<Integer>> sessions = results.stream().collect(Collectors.groupingBy(
                r -> r.transcript().session().dyad(),
                Collectors.mapping(r -> r.transcript().session().session(), Collectors.toSet())));
        assertThat(sessions).isEqualTo(Map.of("d01", Set.of(1, 2, 3), "d02", Set.of(1, 2, 3)));
        Set<TranscriptFormat> formats = EnumSet.noneOf(TranscriptFormat.class);
        results.forEach(r -> formats.add(r.format()));
        assertThat(formats).containsExactlyInAnyOrder(TranscriptFormat.values());
    }

    @Test
    void theSamplesHaveCurlyQuotesAccentsAndAnEmoji() {
        List<String> text = new ArrayList<>();
        samples().forEach(s -> read(s).transcript().turns().forEach(t -> text.add(t.text())));
        String all = String.join("\n", text);
        assertThat(all).contains("“", "”", "’", "é", "ë", "ï");
        assertThat(all.codePoints().anyMatch(cp -> cp >= 0x1F300)).as("an emoji").isTrue();
    }

    @Test
    void theSrtSampleHasCrLfAndAByteOrderMark() {
        byte[] srt = SampleFiles.bytes(SampleFiles.FOLDER.resolve("d02-s01.srt"));
        assertThat(srt).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(srt, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").doesNotContainPattern("[^\r]\n");
    }
}
