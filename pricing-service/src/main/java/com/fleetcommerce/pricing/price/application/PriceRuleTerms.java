package com.fleetcommerce.pricing.price.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.pricing.price.domain.AdjustmentKind;
import com.fleetcommerce.pricing.price.domain.RuleTargetKind;

/**
 * The changeable terms of a price rule: {@code percentage} for a PERCENTAGE rule, {@code amount} (in
 * {@code amountCurrency}, which must be the base list's) for a FIXED one; the target; the window.
 */
public record PriceRuleTerms(String name, AdjustmentKind kind, BigDecimal percentage, BigDecimal amount,
                             String amountCurrency, RuleTargetKind targetKind, List<UUID> targetIds,
                             Instant validFrom, Instant validTo) {
}
