package com.fleetcommerce.catalog.attribute.domain;

import java.math.BigDecimal;

/** A number as a caller sent it with its unit ({@code {"value": 180, "unit": "g"}}), before it is checked. */
public record Measure(BigDecimal value, String unit) {
}
