package org.attune.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A cell whose expected count is under 5 is flagged and never significant, however large its z:
 * the adjusted residual is read as a normal z only when enough transitions are expected.
 */
class TransitionFlagsTest {

    @Test
    void anExpectedCountUnderFiveIsFlaggedAndNotSignificantHoweverLargeItsZ() {
        // e = 4 * 4 / 100 = 0.16; z = 3.84 / sqrt(0.16 * 0.96 * 0.96) = 10.0
        Transition rare = Transition.of("repair", "narrative", 4, 4, 4, 100);
        assertThat(rare.expected()).isEqualTo(0.16, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(rare.adjustedResidual()).isGreaterThan(Transition.SIGNIFICANT_Z);
        assertThat(rare.lowExpected()).isTrue();
        assertThat(rare.significant()).isFalse();
    }

    @Test
    void fromAnExpectedCountOfFiveZDecides() {
        // e = 10 * 10 / 20 = 5 exactly: not flagged; z = 5 / sqrt(5 * 1/2 * 1/2) = 4.47
        Transition atFive = Transition.of("amplification", "self-state-shift", 10, 10, 10, 20);
        assertThat(atFive.expected()).isEqualTo(5.0);
        assertThat(atFive.lowExpected()).isFalse();
        assertThat(atFive.significant()).isTrue();
        // e = 10 * 49 / 100 = 4.9: flagged, although z = 5.1 / sqrt(4.9 * 0.9 * 0.51) = 3.41
        Transition under = Transition.of("amplification", "self-state-shift", 10, 10, 49, 100);
        assertThat(under.expected()).isEqualTo(4.9, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(under.adjustedResidual()).isGreaterThan(Transition.SIGNIFICANT_Z);
        assertThat(under.lowExpected()).isTrue();
        assertThat(under.significant()).isFalse();
    }

    @Test
    void withEnoughExpectedASmallZIsNotSignificantAndANegativeOneIs() {
        // e = 20 * 40 / 80 = 10; z = 1 / sqrt(10 * 3/4 * 1/2) = 0.52
        Transition chance = Transition.of("a", "b", 11, 20, 40, 80);
        assertThat(chance.lowExpected()).isFalse();
        assertThat(chance.significant()).isFalse();
        // e = 10; z = -9 / sqrt(3.75) = -4.65: an avoidance is significant too
        Transition avoided = Transition.of("a", "b", 1, 20, 40, 80);
        assertThat(avoided.adjustedResidual()).isLessThan(-Transition.SIGNIFICANT_Z);
        assertThat(avoided.significant()).isTrue();
    }
}
