package com.fleetcommerce.pricing.price.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies price rules to a resolved base price. A rule applies when it is active, its base list is the list the
 * price matched in, its target contains the SKU's product (by id, brand or category) and its window contains the
 * instant. When several apply, the choice is deterministic: the lowest resulting unit amount (the biggest
 * discount) wins, then the rule code alphabetically. Rules never stack: one rule at most adjusts a price.
 */
public final class PriceAdjustments {

    private PriceAdjustments() {
    }

    public static Optional<ResolvedPrice> apply(Optional<ResolvedPrice> base, Collection<PriceRule> rules,
                                                ProductFacts product, Instant at) {
        return base.map(price -> apply(price, rules, product, at));
    }

    public static ResolvedPrice apply(ResolvedPrice base, Collection<PriceRule> rules, ProductFacts product,
                                      Instant at) {
        if (rules.isEmpty()) {
            return base;
        }
        return rules.stream()
                .filter(rule -> rule.appliesTo(base.priceListId(), product, at))
                .map(rule -> Map.entry(rule, rule.adjust(base.unitAmount())))
                .min(Comparator.comparing((Map.Entry<PriceRule, BigDecimal> e) -> e.getValue())
                        .thenComparing(e -> e.getKey().code()))
                .map(best -> base.adjustedBy(best.getKey()))
                .orElse(base);
    }

    /** The facts of a SKU's product for rule matching: what the catalog told, or just the id when nothing yet. */
    public static ProductFacts factsOf(UUID productId, Map<UUID, ProductFacts> known) {
        if (productId == null) {
            return null;
        }
        ProductFacts facts = known.get(productId);
        return facts != null ? facts : ProductFacts.only(productId);
    }
}
