package com.fleetcommerce.pricing.price.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The products a price rule adjusts: an explicit set of product ids, or every product of some brands or categories. */
public record RuleTarget(RuleTargetKind kind, Set<UUID> ids) {

    public static final int MAX_IDS = 10_000;

    public RuleTarget {
        if (kind == null) {
            throw new PricingRuleViolation("invalid-target", "target.kind", "target.kind is required");
        }
        if (ids == null || ids.isEmpty()) {
            throw new PricingRuleViolation("empty-target", "target.ids", "a rule targets at least one id");
        }
        if (ids.size() > MAX_IDS) {
            throw new PricingRuleViolation("invalid-target", "target.ids", "at most " + MAX_IDS + " ids");
        }
        ids = Set.copyOf(ids);
    }

    public boolean matches(ProductFacts product) {
        if (product == null || product.productId() == null) {
            return false;
        }
        return switch (kind) {
            case PRODUCTS -> ids.contains(product.productId());
            case BRANDS -> product.brandId() != null && ids.contains(product.brandId());
            case CATEGORIES -> product.categoryIds().stream().anyMatch(ids::contains);
        };
    }

    public List<UUID> sortedIds() {
        return ids.stream().sorted().toList();
    }
}
