package org.attune.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of what an import may be asked, kept once here for the window and the command line. */
class ImportOptionsTest {

    private static InputException refusal(Runnable making) {
        try {
            making.run();
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("the options were taken");
    }

    @Test
    void textAsTypedBecomesOptions() {
        ImportOptions options = ImportOptions.of(" VTT ", List.of("Hannah Reid, Dr Lee", "Ann"), List.of(" Zoë Marchetti ", ""), " d07 ",
                " 3 ", "2025-03-04", " ", 1);
        assertThat(options).isEqualTo(new ImportOptions("vtt", List.of("Hannah Reid", "Dr Lee", "Ann"), List.of("Zoë Marchetti"), "d07",
                3, LocalDate.of(2025, 3, 4), null));
        assertThat(ImportOptions.of(ImportOptions.DETECT, List.of(), List.of(), "", "", "", "", 2)).isEqualTo(ImportOptions.defaults());
        assertThat(ImportOptions.of(null, null, null, null, null, null, "first", 1).name()).isEqualTo("first");
    }

    @Test
    void eachRefusalNamesItsOptionAndTheProblemWithoutAFlag() {
        assertThat(refusal(() -> ImportOptions.of("pdf", List.of(), List.of(), "", "", "", "", 1)))
                .extracting(InputException::input, InputException::problem)
                .containsExactly(Input.FORMAT, "unknown format 'pdf': expected auto, txt, docx, vtt, srt, csv");
        assertThat(refusal(() -> ImportOptions.of("", List.of(), List.of(), "", "three", "", "", 1)).input())
                .isEqualTo(Input.SESSION);
        assertThat(refusal(() -> ImportOptions.of("", List.of(), List.of(), "", "0", "", "", 1)).problem())
                .isEqualTo("session numbers start at 1, found 0");
        assertThat(refusal(() -> new ImportOptions(null, List.of(), List.of(), null, -2, null, null)).input())
                .isEqualTo(Input.SESSION);
        assertThat(refusal(() -> ImportOptions.of("", List.of(), List.of(), "", "", "4 March", "", 1)).input())
                .isEqualTo(Input.DATE);
        assertThat(refusal(() -> ImportOptions.of("", List.of("Sam"), List.of("sam"), "", "", "", "", 1)))
                .extracting(InputException::input, InputException::problem)
                .containsExactly(Input.CLIENTS, "named both therapist and client: sam");
        assertThat(refusal(() -> ImportOptions.of("", List.of(), List.of(), "", "", "", "first", 2)).input())
                .isEqualTo(Input.TRANSCRIPT_NAME);
        assertThat(refusal(() -> ImportOptions.of("", List.of(), List.of(), "", "", "", "", 0)).input())
                .isEqualTo(Input.FILES);
        assertThatThrownBy(() -> ImportOptions.defaults().check(0)).isInstanceOf(InputException.class);
    }
}
