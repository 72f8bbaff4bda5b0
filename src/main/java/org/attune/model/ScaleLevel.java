package org.attune.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One level of a scale code, as the Experiencing Scale's "4: feelings are the subject".
 *
 * @param value the level's value; levels are ordered by it
 * @param label what the level means
 */
public record ScaleLevel(BigDecimal value, String label) {

    public ScaleLevel {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    public static ScaleLevel of(double value, String label) {
        return new ScaleLevel(BigDecimal.valueOf(value), label);
    }

    /** The value as written: "4", "2.5". */
    public String valueText() {
        return value.toPlainString();
    }
}
