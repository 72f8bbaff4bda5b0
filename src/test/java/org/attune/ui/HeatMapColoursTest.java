package org.attune.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.junit.jupiter.api.Test;

/**
 * Every count of the heat map is written and legible: in a cell wide enough for the largest, at a
 * contrast of 4.5 : 1 or more on any cell, in either theme.
 */
class HeatMapColoursTest {

    private static double contrast(Color a, Color b) {
        double la = HeatMap.luminance(a);
        double lb = HeatMap.luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void theTextColourFollowsTheCellsLuminance() {
        assertThat(HeatMap.textOn(Color.WHITE)).isEqualTo(Color.BLACK);
        assertThat(HeatMap.textOn(new Color(0x08306b))).isEqualTo(Color.WHITE);
        // Mid grey (the diagonal): black reads better than the white it had before, 7.4 : 1 against 2.7 : 1.
        assertThat(HeatMap.textOn(HeatMap.DIAGONAL)).isEqualTo(Color.BLACK);
        assertThat(contrast(Color.BLACK, HeatMap.DIAGONAL)).isGreaterThan(7);
    }

    @Test
    void everyShadeOfBothThemesKeepsItsCountLegible() {
        Color[][] scales = {{HeatMap.LIGHT_WEAKEST, HeatMap.LIGHT_STRONGEST}, {HeatMap.DARK_WEAKEST, HeatMap.DARK_STRONGEST}};
        for (Color[] scale : scales) {
            for (int step = 0; step <= 100; step++) {
                Color fill = HeatMap.blend(scale[0], scale[1], step / 100f);
                assertThat(contrast(HeatMap.textOn(fill), fill)).as("count on " + fill).isGreaterThanOrEqualTo(4.5);
            }
        }
        assertThat(contrast(HeatMap.textOn(HeatMap.DIAGONAL), HeatMap.DIAGONAL)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void theCellsAreWideEnoughForTheLargestCount() {
        HeatMap map = new HeatMap((a, b) -> { });
        map.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 13));
        map.show(new org.attune.analysis.CooccurrenceTable(0, 2_000_000, java.util.List.of("a", "b"),
                java.util.List.of(java.util.List.of(1_234_567L, 0L), java.util.List.of(0L, 98L))), id -> id);
        java.awt.FontMetrics fm = map.getFontMetrics(map.getFont());
        assertThat(map.cell()).isGreaterThanOrEqualTo(fm.stringWidth("1234567") + 8);
        assertThat(map.cell()).isGreaterThanOrEqualTo(fm.getHeight() + 4);
    }
}
