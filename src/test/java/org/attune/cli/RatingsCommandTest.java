package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.attune.cli.CommandLineTest.attune;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.cli.CommandLineTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code attune agreement --ratings}: published examples fed through the command line as long CSV files. */
class RatingsCommandTest {

    @TempDir
    Path dir;

    /** Coders as rows of values ("." missing), written as unit,coder,value rows. */
    Path longCsv(String name, String... coders) throws IOException {
        StringBuilder csv = new StringBuilder("unit,coder,value\n");
        for (int c = 0; c < coders.length; c++) {
            String[] values = coders[c].trim().split("\\s+");
            for (int u = 0; u < values.length; u++) {
                if (!values[u].equals(".")) {
                    csv.append("u").append(u + 1).append(',').append((char) ('A' + c)).append(',').append(values[u]).append('\n');
                }
            }
        }
        return Files.writeString(dir.resolve(name), csv);
    }

    JsonNode run(Path file, String level) {
        Run run = attune("agreement", "--ratings", file.toString(), "--level", level, "--json");
        assertThat(run.status()).as(run.err()).isZero();
        return JsonMapper.builder().build().readTree(run.out());
    }

    @Test
    void krippendorffsExampleAtEveryLevel() throws IOException {
        Path file = longCsv("k2011.csv",
                "1 2 3 3 2 1 4 1 2 . . .",
                "1 2 3 3 2 2 4 1 2 5 . 3",
                ". 3 3 3 2 3 4 2 2 5 1 .",
                "1 2 3 3 2 4 4 1 2 5 1 .");
        assertThat(run(file, "nominal").get("krippendorff_alpha").asDouble()).isCloseTo(0.743, within(0.0005));
        assertThat(run(file, "ordinal").get("krippendorff_alpha").asDouble()).isCloseTo(0.815, within(0.0005));
        assertThat(run(file, "interval").get("krippendorff_alpha").asDouble()).isCloseTo(0.849, within(0.0005));
        JsonNode ratio = run(file, "ratio");
        assertThat(ratio.get("krippendorff_alpha").asDouble()).isCloseTo(0.797, within(0.0005));
        assertThat(ratio.get("n_units").asInt()).isEqualTo(12);
        assertThat(ratio.get("cohen_kappa").isNull()).isTrue();
        assertThat(ratio.get("pairwise").size()).isEqualTo(6);
    }

    @Test
    void gwetsTableWithWeights() throws IOException {
        // [[13,0,0],[0,20,7],[0,4,56]] as 100 units rated by two coders.
        StringBuilder csv = new StringBuilder("unit,coder,value\n");
        int[][] cross = {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}};
        int unit = 0;
        for (int k = 0; k < 3; k++) {
            for (int l = 0; l < 3; l++) {
                for (int i = 0; i < cross[k][l]; i++) {
                    unit++;
                    csv.append(unit).append(",r1,").append(k + 1).append('\n').append(unit).append(",r2,").append(l + 1).append('\n');
                }
            }
        }
        JsonNode json = run(Files.writeString(dir.resolve("gwet.csv"), csv), "ordinal");
        assertThat(json.get("cohen_kappa").asDouble()).isCloseTo(0.7964094, within(0.00000005));
        assertThat(json.get("scott_pi").asDouble()).isCloseTo(0.7962397, within(0.00000005));
        assertThat(json.get("gwet_ac1").asDouble()).isCloseTo(0.8493305, within(0.00000005));
        assertThat(json.get("brennan_prediger").asDouble()).isCloseTo(0.835, within(0.0005));
        assertThat(json.get("percent_agreement").asDouble()).isCloseTo(0.89, within(0.005));
        assertThat(json.get("weighted_kappa_quadratic").asDouble()).isCloseTo(0.8921569, within(0.00000005));
        assertThat(json.get("gwet_ac2").asDouble()).isCloseTo(0.9402369, within(0.00000005));
        JsonNode nominal = run(dir.resolve("gwet.csv"), "nominal");
        assertThat(nominal.get("krippendorff_alpha").asDouble()).isCloseTo(0.7972585, within(0.00000005));
        assertThat(nominal.has("weighted_kappa_quadratic")).isFalse();
    }

    @Test
    void fleissWithNamesAsCategories() throws IOException {
        String patients = "444444 222555 233335 555555 222444 113333 333355 113334 114444 555555 "
                + "144444 124444 222333 144444 224445 333335 111455 111112 224444 133555 "
                + "555555 244444 224555 114444 144445 222224 111155 224444 133333 555555";
        String[] names = {"", "depression", "personality", "schizophrenia", "neurosis", "other"};
        StringBuilder csv = new StringBuilder("Unit,Coder,Value\n");
        String[] units = patients.split(" ");
        for (int u = 0; u < units.length; u++) {
            for (int r = 0; r < 6; r++) {
                csv.append("p").append(u).append(",rater").append(r).append(',').append(names[units[u].charAt(r) - '0']).append('\n');
            }
        }
        JsonNode json = run(Files.writeString(dir.resolve("fleiss.csv"), csv), "nominal");
        assertThat(json.get("fleiss_kappa").asDouble()).isCloseTo(0.4302445, within(0.00000005));
        assertThat(json.get("categories").size()).isEqualTo(5);
    }

    /** Two coders from a cross table, written as units rated by r1 and r2 with the categories' numbers. */
    Path crossCsv(String name, long[][] cross) throws IOException {
        StringBuilder csv = new StringBuilder("unit,coder,value\n");
        int unit = 0;
        for (int k = 0; k < cross.length; k++) {
            for (int l = 0; l < cross.length; l++) {
                for (int i = 0; i < cross[k][l]; i++) {
                    unit++;
                    csv.append(unit).append(",r1,").append(k + 1).append('\n').append(unit).append(",r2,").append(l + 1).append('\n');
                }
            }
        }
        return Files.writeString(dir.resolve(name), csv);
    }

    @Test
    void cohensTablesAndTheWeightedKappa() throws IOException {
        JsonNode wikipedia = run(crossCsv("wikipedia.csv", new long[][] {{20, 5}, {10, 15}}), "nominal");
        assertThat(wikipedia.get("cohen_kappa").asDouble()).isCloseTo(0.4, within(0.00005));
        assertThat(wikipedia.get("percent_agreement").asDouble()).isCloseTo(0.7, within(0.00005));
        assertThat(wikipedia.get("brennan_prediger").asDouble()).isCloseTo(2 * 0.7 - 1, within(1e-12));
        assertThat(run(crossCsv("cohen1960.csv", new long[][] {{88, 14, 18}, {10, 40, 10}, {2, 6, 12}}), "nominal")
                .get("cohen_kappa").asDouble()).isCloseTo(0.492, within(0.0005));
        JsonNode sas = run(crossCsv("sas.csv", new long[][] {{0, 4, 1}, {0, 8, 0}, {0, 1, 5}}), "ordinal");
        assertThat(sas.get("cohen_kappa").asDouble()).isCloseTo(0.4842, within(0.00005));
        assertThat(sas.get("weighted_kappa").get("linear").asDouble()).isCloseTo(0.4701, within(0.00005));
    }

    @Test
    void wikipediasAlphaAndKrippendorffsBinaryExample() throws IOException {
        JsonNode wikipedia = run(longCsv("wikipedia-alpha.csv",
                ". . . . . 3 4 1 2 1 1 3 3 . 3",
                "1 . 2 1 3 3 4 3 . . . . . . .",
                ". . 2 1 3 4 4 . 2 1 1 3 3 . 4"), "nominal");
        assertThat(wikipedia.get("krippendorff_alpha").asDouble()).isCloseTo(0.691358, within(0.0000005));
        assertThat(run(dir.resolve("wikipedia-alpha.csv"), "interval").get("krippendorff_alpha").asDouble())
                .isCloseTo(0.810845, within(0.0000005));
        JsonNode binary = run(longCsv("binary.csv", "0 1 0 0 0 0 0 0 1 0", "0 1 1 0 0 1 0 1 0 0"), "nominal");
        assertThat(binary.get("percent_agreement").asDouble()).isCloseTo(0.600, within(0.0005));
        assertThat(binary.get("krippendorff_alpha").asDouble()).isCloseTo(0.095, within(0.0005));
    }

    @Test
    void fleissWikipediaFourteenRaters() throws IOException {
        int[][] counts = {{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        StringBuilder csv = new StringBuilder("unit,coder,value\n");
        for (int u = 0; u < counts.length; u++) {
            int rater = 0;
            for (int k = 0; k < 5; k++) {
                for (int i = 0; i < counts[u][k]; i++) {
                    csv.append(u).append(",rater").append(rater++).append(',').append(k + 1).append('\n');
                }
            }
        }
        JsonNode json = run(Files.writeString(dir.resolve("fleiss-wikipedia.csv"), csv), "nominal");
        assertThat(json.get("fleiss_kappa").asDouble()).isCloseTo(0.210, within(0.0005));
        assertThat(json.get("percent_agreement").asDouble()).isCloseTo(0.378, within(0.0005));
    }

    @Test
    void badFilesAreRefusedNamingTheLine() throws IOException {
        Path twice = Files.writeString(dir.resolve("twice.csv"), "unit,coder,value\n1,A,2\n1,B,2\n1,A,3\n");
        Run conflict = attune("agreement", "--ratings", twice.toString());
        assertThat(conflict.status()).isEqualTo(1);
        assertThat(conflict.err()).contains("twice.csv, line 4").contains("coder 'A' rates unit '1' 3 here and 2 on line 2");

        Path words = Files.writeString(dir.resolve("words.csv"), "unit,coder,value\n1,A,high\n1,B,low\n");
        Run ordinal = attune("agreement", "--ratings", words.toString(), "--level", "ordinal");
        assertThat(ordinal.status()).isEqualTo(1);
        assertThat(ordinal.err()).contains("words.csv, line 2: 'high' is not a number");

        Path columns = Files.writeString(dir.resolve("columns.csv"), "item,rater,score\n1,A,2\n");
        Run header = attune("agreement", "--ratings", columns.toString());
        assertThat(header.status()).isEqualTo(1);
        assertThat(header.err()).contains("columns.csv, line 1: no column unit, coder, value");

        Path empty = Files.writeString(dir.resolve("empty.csv"), "unit,coder,value\n1,A,\n");
        assertThat(attune("agreement", "--ratings", empty.toString()).err()).contains("empty.csv, line 2, column 'value': empty");

        Run both = attune("agreement", "study.attune", "--ratings", twice.toString());
        assertThat(both.status()).isEqualTo(2);
    }
}
