package com.fleetcommerce.pricing.price.web;

import java.util.List;
import java.util.UUID;

import com.fleetcommerce.pricing.price.domain.RuleTargetKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The products a rule adjusts: {@code kind} PRODUCTS, BRANDS or CATEGORIES and the ids (at least one). */
public record PriceRuleTargetBody(@NotNull RuleTargetKind kind, @Size(max = 10_000) List<@NotNull UUID> ids) {
}
