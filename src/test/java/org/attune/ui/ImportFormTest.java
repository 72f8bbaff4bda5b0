package org.attune.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.attune.model.AttuneException;
import org.attune.workbench.ImportOptions;
import org.junit.jupiter.api.Test;

/** The import dialog's fields as import options, and how it words the core's refusal of one: naming its field. */
class ImportFormTest {

    @Test
    void fieldsBecomeTheCommandLinesOptions() {
        ImportOptions options = ImportForm.options("vtt", "Hannah Reid, Dr Lee", " Zoë Marchetti ", "d07", "3", "2025-03-04",
                "", 2);
        assertThat(options).isEqualTo(new ImportOptions("vtt", List.of("Hannah Reid", "Dr Lee"), List.of("Zoë Marchetti"), "d07", 3,
                LocalDate.of(2025, 3, 4), null));
        assertThat(ImportForm.options(ImportForm.DETECT, "", "", "", "", "", "", 1)).isEqualTo(ImportOptions.defaults());
    }

    @Test
    void aFieldThatCannotBeAnOptionIsNamed() {
        assertThatThrownBy(() -> ImportForm.options("detect", "", "", "", "three", "", "", 1))
                .isInstanceOf(AttuneException.class).hasMessage("Session: expected a number such as 3, found 'three'");
        assertThatThrownBy(() -> ImportForm.options("detect", "", "", "", "", "4 March", "", 1))
                .hasMessage("Date: '4 March' is not a date: expected YYYY-MM-DD, as in 2025-03-14");
        assertThatThrownBy(() -> ImportForm.options("detect", "", "", "", "0", "", "", 1))
                .hasMessage("Session: session numbers start at 1, found 0");
        assertThatThrownBy(() -> ImportForm.options("detect", "Sam", "sam", "", "", "", "", 1))
                .hasMessage("Client: named both therapist and client: sam");
        assertThatThrownBy(() -> ImportForm.options("detect", "", "", "", "", "", "first", 2))
                .hasMessageStartingWith("Name: a name is for one file");
        assertThatThrownBy(() -> ImportForm.options("detect", "", "", "", "", "", "", 0))
                .hasMessageStartingWith("Add the transcript files");
    }
}
