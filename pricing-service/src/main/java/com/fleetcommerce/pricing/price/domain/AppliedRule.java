package com.fleetcommerce.pricing.price.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** The price rule that adjusted a resolved price, and the unit amount before it (the base list's price). */
public record AppliedRule(UUID id, String code, AdjustmentKind kind, BigDecimal value, BigDecimal baseAmount) {
}
