package org.attune.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every reader, fed random bytes, random truncations of real files and real files with random
 * bytes changed, gives either turns or a {@link TranscriptFormatException} naming the file, never
 * any other exception. Seeded, so a failure can be replayed.
 */
class ReaderRobustnessTest {

    private static final long SEED = 20261125L;
    private static final int RANDOM_INPUTS = 150;
    private static final int CUTS_PER_SAMPLE = 40;
    private static final int MUTATIONS_PER_SAMPLE = 40;

    @TestFactory
    Stream<DynamicTest> randomBytes() {
        return Arrays.stream(TranscriptFormat.values()).map(format -> DynamicTest.dynamicTest(format + " reader, random bytes", () -> {
            Random random = new Random(SEED + format.ordinal());
            for (int i = 0; i < RANDOM_INPUTS; i++) {
                byte[] input = randomInput(random, i);
                check(format, "random input " + i, input);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> truncatedAndDamagedSamples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (TranscriptFormat format : TranscriptFormat.values()) {
            for (Path sample : SampleFiles.all()) {
                tests.add(DynamicTest.dynamicTest(format + " reader, " + sample.getFileName(), () -> {
                    byte[] content = SampleFiles.bytes(sample);
                    Random random = new Random(SEED ^ sample.getFileName().hashCode() ^ format.ordinal());
                    for (int i = 0; i < CUTS_PER_SAMPLE; i++) {
                        int length = i == 0 ? 0 : random.nextInt(content.length);
                        check(format, sample.getFileName() + " cut to " + length + " bytes", Arrays.copyOf(content, length));
                    }
                    for (int i = 0; i < MUTATIONS_PER_SAMPLE; i++) {
                        byte[] damaged = content.clone();
                        int changes = 1 + random.nextInt(8);
                        for (int c = 0; c < changes; c++) {
                            damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                        }
                        check(format, sample.getFileName() + " with " + changes + " bytes changed (case " + i + ")", damaged);
                    }
                }));
            }
        }
        return tests.stream();
    }

    /** Random input of several kinds: raw bytes, printable text, and text that looks like a transcript. */
    private static byte[] randomInput(Random random, int i) {
        int length = random.nextInt(i % 10 == 0 ? 20 : 3000);
        return switch (i % 4) {
            case 0 -> {
                byte[] bytes = new byte[length];
                random.nextBytes(bytes);
                yield bytes;
            }
            case 1 -> {
                StringBuilder text = new StringBuilder();
                for (int c = 0; c < length; c++) {
                    text.append((char) (0x20 + random.nextInt(0x5F)));
                    if (random.nextInt(30) == 0) {
                        text.append('\n');
                    }
                }
                yield text.toString().getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                String[] pieces = {"WEBVTT\n", "\n", "\r\n", "1\n", "00:00:01.000 --> 00:00:02.000\n", "00:01,5 --> 00:0",
                        "<v Dr Lee>", "</v>", "Therapist: ", "Client: ", "[00:01:23] ", "speaker,text\n", "\"", ",", "\t",
                        "Hello there. ", "&amp;", "&#x1F642;", "&#99999999;", "Zoë  0:04\n", "NOTE ", "-->", ":", "<", "\uFEFF"};
                StringBuilder text = new StringBuilder();
                while (text.length() < length) {
                    text.append(pieces[random.nextInt(pieces.length)]);
                }
                yield text.toString().getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    private static void check(TranscriptFormat format, String what, byte[] input) {
        String fileName = "input." + format.label();
        try {
            ParsedTranscript parsed = format.reader().read(fileName, input);
            assertThat(parsed.utterances()).as(what).isNotEmpty();
            assertThat(parsed.utterances()).as(what).allSatisfy(u -> {
                assertThat(u.speaker()).isNotBlank();
                assertThat(u.text()).isNotBlank();
            });
        } catch (TranscriptFormatException e) {
            assertThat(e.getMessage()).as(what).startsWith(fileName).doesNotContain("Exception");
        } catch (RuntimeException | StackOverflowError e) {
            fail(format + " reader, " + what + ": " + e, e);
        }
    }
}
