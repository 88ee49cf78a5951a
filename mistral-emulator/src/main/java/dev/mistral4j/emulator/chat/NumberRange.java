package dev.mistral4j.emulator.chat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The numbers a JSON schema allows: {@code minimum}, {@code maximum}, {@code exclusiveMinimum},
 * {@code exclusiveMaximum} (as numbers, JSON Schema 2019+) and {@code multipleOf}. {@link #fit} moves a wanted
 * value to the nearest allowed one.
 */
record NumberRange(BigDecimal low, boolean lowExclusive, BigDecimal high, boolean highExclusive,
                   BigDecimal multipleOf, boolean integer) {

    static NumberRange of(JsonNode schema, boolean integer) {
        BigDecimal minimum = decimal(schema, "minimum");
        BigDecimal exclusiveMinimum = decimal(schema, "exclusiveMinimum");
        BigDecimal maximum = decimal(schema, "maximum");
        BigDecimal exclusiveMaximum = decimal(schema, "exclusiveMaximum");
        boolean lowExclusive = exclusiveMinimum != null && (minimum == null || exclusiveMinimum.compareTo(minimum) >= 0);
        boolean highExclusive = exclusiveMaximum != null
                && (maximum == null || exclusiveMaximum.compareTo(maximum) <= 0);
        BigDecimal multipleOf = decimal(schema, "multipleOf");
        return new NumberRange(lowExclusive ? exclusiveMinimum : minimum, lowExclusive,
                highExclusive ? exclusiveMaximum : maximum, highExclusive,
                multipleOf != null && multipleOf.signum() > 0 ? multipleOf : null, integer);
    }

    /** {@code wanted} when allowed, else the allowed value nearest to it (for integers, an integer). */
    BigDecimal fit(BigDecimal wanted) {
        BigDecimal step = multipleOf != null ? multipleOf : integer ? BigDecimal.ONE : null;
        BigDecimal value = step == null ? wanted : onStep(wanted, step, RoundingMode.HALF_UP);
        if (allowed(value)) {
            return value;
        }
        if (low != null && value.compareTo(low) <= 0) {
            value = step == null ? above(low) : onStep(low, step, RoundingMode.CEILING);
            if (step != null && lowExclusive && value.compareTo(low) == 0) {
                value = value.add(step);
            }
        } else {
            value = step == null ? below(high) : onStep(high, step, RoundingMode.FLOOR);
            if (step != null && highExclusive && value.compareTo(high) == 0) {
                value = value.subtract(step);
            }
        }
        return value;
    }

    private boolean allowed(BigDecimal value) {
        boolean aboveLow = low == null || (lowExclusive ? value.compareTo(low) > 0 : value.compareTo(low) >= 0);
        boolean belowHigh = high == null || (highExclusive ? value.compareTo(high) < 0 : value.compareTo(high) <= 0);
        return aboveLow && belowHigh;
    }

    /** The lowest allowed value when there is no step: the bound itself, or between it and the other bound. */
    private BigDecimal above(BigDecimal bound) {
        if (!lowExclusive) {
            return bound;
        }
        return high == null ? bound.add(BigDecimal.ONE) : bound.add(high).divide(BigDecimal.valueOf(2),
                MathContext.DECIMAL64);
    }

    private BigDecimal below(BigDecimal bound) {
        if (!highExclusive) {
            return bound;
        }
        return low == null ? bound.subtract(BigDecimal.ONE) : bound.add(low).divide(BigDecimal.valueOf(2),
                MathContext.DECIMAL64);
    }

    private static BigDecimal onStep(BigDecimal value, BigDecimal step, RoundingMode rounding) {
        return value.divide(step, 0, rounding).multiply(step);
    }

    private static BigDecimal decimal(JsonNode schema, String keyword) {
        JsonNode bound = schema.get(keyword);
        return bound != null && bound.isNumber() ? bound.decimalValue() : null;
    }
}
