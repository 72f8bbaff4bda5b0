package org.attune.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.attune.agreement.UnitizingAlpha.Segment;
import org.junit.jupiter.api.Test;

class UnitizingAlphaTest {

    @Test
    void krippendorff2004Example() {
        // Krippendorff (2004), p. 254: a continuum from 150 of length 300, two coders.
        UnitizingAlpha.Result result = UnitizingAlpha.of(2, 150, 300, List.of(
                new Segment(0, 225, 70, "c"), new Segment(0, 370, 30, "c"), new Segment(0, 180, 60, "k"),
                new Segment(0, 300, 50, "k"),
                new Segment(1, 220, 80, "c"), new Segment(1, 355, 20, "c"), new Segment(1, 400, 20, "c"),
                new Segment(1, 180, 60, "k"), new Segment(1, 300, 50, "k")));
        assertThat(result.byCategory().get("c")).isCloseTo(0.7286, within(0.00005));
        assertThat(result.byCategory().get("k")).isCloseTo(1.0, within(0.00005));
        assertThat(result.overall()).isCloseTo(0.8591, within(0.0005));
    }
}
