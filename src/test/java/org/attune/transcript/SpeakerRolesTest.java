package org.attune.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.attune.model.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SpeakerRolesTest {

    @ParameterizedTest
    @CsvSource({
            "T, THERAPIST", "Th, THERAPIST", "THERAPIST, THERAPIST", "Therapist., THERAPIST", "Counsellor, THERAPIST",
            "Dr Lee, THERAPIST", "Dr. Okafor, THERAPIST", "Doctor Who, THERAPIST", "T1, THERAPIST", "Therapist 2, THERAPIST",
            "C, CLIENT", "Cl, CLIENT", "client, CLIENT", "P, CLIENT", "Pt, CLIENT", "Patient, CLIENT", "Client B, CLIENT",
            "Other, OTHER"
    })
    void knowsTheCommonLabels(String label, Role role) {
        assertThat(SpeakerRoles.commonRole(label)).isEqualTo(role);
    }

    @ParameterizedTest
    @CsvSource({"Hannah Reid", "Pat", "Dr", "Thea", "Carl", "Pa", "Speaker 1", "Unknown"})
    void aNameIsNoCommonLabel(String label) {
        assertThat(SpeakerRoles.commonRole(label)).isNull();
    }

    @Test
    void namesGivenComeFirstThenTheFileThenCommonLabels() {
        SpeakerRoles roles = new SpeakerRoles(List.of("Hannah Reid"), List.of("zoë marchetti", "Dr Who"));
        assertThat(roles.roleOf("Hannah  Reid", null)).isEqualTo(Role.THERAPIST);
        assertThat(roles.roleOf("Zoë Marchetti", Role.THERAPIST)).isEqualTo(Role.CLIENT);
        assertThat(roles.roleOf("Dr Who", null)).isEqualTo(Role.CLIENT);
        assertThat(roles.roleOf("Sam", Role.CLIENT)).isEqualTo(Role.CLIENT);
        assertThat(roles.roleOf("Th", null)).isEqualTo(Role.THERAPIST);
        assertThat(roles.roleOf("Mother", null)).isEqualTo(Role.OTHER);
    }

    @Test
    void refusesANameGivenForBothRoles() {
        assertThatThrownBy(() -> new SpeakerRoles(List.of("Sam"), List.of("sam")))
                .hasMessage("named both therapist and client: sam");
    }
}
