package org.attune.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * NVivo's real exports (src/test/resources/fixtures/nvivo/README.md): positions counted in UTF-16
 * units land on the words they coded, and each coding keeps the coder who made it.
 */
class NvivoPositionsTest {

    private static final Path FOLDER = Path.of("src", "test", "resources", "fixtures", "nvivo");

    @Test
    void selectionsAfterAnEmojiLandOnTheirWords() {
        for (String file : new String[] {"nvivo-mac-12.7-oltas17june.qdpx", "nvivo-win-12.6-oltas0517.qdpx"}) {
            QdpxContent content = QdpxReader.read(FOLDER.resolve(file));
            QdpxSource source = content.project().sources().stream().filter(s -> s.name().equals("videos_10_selected"))
                    .findFirst().orElseThrow();
            String text = source.text();
            long edges = 0;
            long onWords = 0;
            for (QdpxSelection s : source.selections()) {
                for (int at : new int[] {s.start(), s.end()}) {
                    edges++;
                    onWords += edge(text, text.offsetByCodePoints(0, at)) ? 1 : 0;
                }
            }
            assertThat(edges).as(file).isGreaterThan(200);
            // Read as code points, hundreds of edges split words; read as UTF-16 units almost none do.
            assertThat((double) onWords / edges).as(file + ": selection edges on the edges of words").isGreaterThan(0.95);
            assertThat(content.discarded()).as(file)
                    .anyMatch(line -> line.contains("videos_10_selected") && line.contains("UTF-16 units"));
        }
    }

    @Test
    void eachCodingKeepsTheCoderWhoMadeItNotTheExporter() {
        QdpxContent content = QdpxReader.read(FOLDER.resolve("nvivo-win-12.6-oltas0517.qdpx"));
        Map<String, String> names = content.project().users().stream().collect(Collectors.toMap(u -> u.guid(), u -> u.name()));
        Map<String, Long> byCoder = new TreeMap<>(content.project().sources().stream().flatMap(s -> s.selections().stream())
                .collect(Collectors.groupingBy(s -> names.getOrDefault(s.userGuid(), s.userGuid()), Collectors.counting())));
        assertThat(byCoder).containsOnlyKeys("Gergo", "floriansipos");
        assertThat(byCoder.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(303);
    }

    private static boolean edge(String t, int at) {
        boolean before = at > 0 && Character.isLetterOrDigit(t.codePointBefore(at));
        boolean after = at < t.length() && Character.isLetterOrDigit(t.codePointAt(at));
        return before != after || !before;
    }
}
