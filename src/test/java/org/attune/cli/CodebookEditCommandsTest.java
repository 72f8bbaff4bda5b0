package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.CommandLineTest.attune;
import static org.attune.cli.CommandLineTest.demo;
import static org.attune.cli.CommandLineTest.json;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.cli.CommandLineTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code attune codebook add, color, key, move, restore}: the edits the window makes, each a new version. */
class CodebookEditCommandsTest {

    @TempDir
    Path dir;
    String project;

    @BeforeEach
    void buildDemo() {
        project = demo(dir);
    }

    private JsonNode code(String id) {
        JsonNode codebook = json(attune("codebook", "show", project, "--json").out());
        for (JsonNode group : codebook.get("groups")) {
            for (JsonNode code : group.get("codes")) {
                if (code.get("id").asString().equals(id)) {
                    return code;
                }
            }
        }
        return null;
    }

    private String groupOf(String id) {
        JsonNode codebook = json(attune("codebook", "show", project, "--json").out());
        for (JsonNode group : codebook.get("groups")) {
            for (JsonNode code : group.get("codes")) {
                if (code.get("id").asString().equals(id)) {
                    return group.get("id").asString();
                }
            }
        }
        return null;
    }

    @Test
    void addColorKeyAndRestore() {
        Run add = attune("codebook", "add", project, "PIT conversational features", "Humour", "--color", "#aa3300", "--key", "o");
        assertThat(add.status()).as(add.err()).isZero();
        assertThat(add.out()).contains("version 2").contains("added code 'humour' to 'pit-features'");
        assertThat(code("humour").get("color").asString()).isEqualToIgnoringCase("#AA3300");
        assertThat(code("humour").get("key").asString()).isEqualTo("o");
        assertThat(groupOf("humour")).isEqualTo("pit-features");

        Run taken = attune("codebook", "key", project, "humour", "s");
        assertThat(taken.status()).isEqualTo(1);
        assertThat(taken.err()).contains("key 's' is taken by code 'statement' (Statement)");
        assertThat(attune("codebook", "key", project, "humour", "none").status()).isZero();
        assertThat(code("humour").get("key").isNull()).isTrue();
        Run badColor = attune("codebook", "color", project, "humour", "reddish");
        assertThat(badColor.status()).isEqualTo(1);
        assertThat(badColor.err()).contains("color 'reddish' is not #RRGGBB");
        assertThat(attune("codebook", "color", project, "Humour", "#123456").status()).isZero();
        assertThat(code("humour").get("color").asString()).isEqualTo("#123456");

        // Undo, as the window does it: the version before the add, as a new version.
        Run restore = attune("codebook", "restore", project, "1");
        assertThat(restore.status()).as(restore.err()).isZero();
        assertThat(code("humour")).isNull();
        assertThat(attune("codebook", "history", project).out()).contains("restored version 1");
        assertThat(attune("codebook", "restore", project, "1").err()).contains("nothing to restore");
    }

    @Test
    void restoringIsRefusedWhenCodingsMadeSinceWouldBeOrphaned() throws Exception {
        assertThat(attune("codebook", "add", project, "pit-features", "Humour").status()).isZero();
        Path rows = Files.writeString(dir.resolve("h.csv"), "coder,transcript,turn,code\nanna,d01-s01,1,humour\n");
        assertThat(attune("codings", "import", project, rows.toString()).status()).isZero();
        Run restore = attune("codebook", "restore", project, "1");
        assertThat(restore.status()).isEqualTo(1);
        assertThat(restore.err()).contains("orphan").contains("'humour' 1 (anna");
        assertThat(code("humour")).isNotNull();
    }

    @Test
    void movingACodeKeepsItsCodingsUnlessTheyBreakTheGroupsRules() {
        long before = code("metaphor").get("codings").asLong();
        assertThat(before).isPositive();
        // pit-features and meares-moves both apply to therapist turns, neither exclusive: the codings stay.
        Run move = attune("codebook", "move", project, "metaphor", "meares-moves");
        assertThat(move.status()).as(move.err()).isZero();
        assertThat(groupOf("metaphor")).isEqualTo("meares-moves");
        assertThat(code("metaphor").get("codings").asLong()).isEqualTo(before);
        // Client events apply to client turns: therapist codings would break, so the move is refused...
        Run refused = attune("codebook", "move", project, "metaphor", "client-events");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("would orphan or break " + before + " codings");
        assertThat(groupOf("metaphor")).isEqualTo("meares-moves");
        // ...unless forced, which deletes them and says so.
        Run forced = attune("codebook", "move", project, "metaphor", "client-events", "--force");
        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("deleted " + before + " codings");
        assertThat(code("metaphor").get("codings").asLong()).isZero();
        assertThat(attune("search", project, "code:metaphor").out()).contains("0 turns");
    }
}
