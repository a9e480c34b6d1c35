package com.fleetcommerce.pricing.price.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.pricing.price.domain.PriceAdjustments;
import com.fleetcommerce.pricing.price.domain.PriceRule;
import com.fleetcommerce.pricing.price.domain.ProductFacts;
import com.fleetcommerce.pricing.price.domain.RuleTargetKind;

/** The price rules of one currency and the facts of the products being priced, loaded once per request. */
record RuleContext(List<PriceRule> rules, Map<UUID, ProductFacts> facts) {

    static final RuleContext NONE = new RuleContext(List.of(), Map.of());

    ProductFacts factsOf(UUID productId) {
        return PriceAdjustments.factsOf(productId, facts);
    }

    static boolean needsFacts(Collection<PriceRule> rules) {
        // product-id targets match on the SKU's product alone; only brand/category targets need the catalog's facts
        return rules.stream().anyMatch(rule -> rule.target().kind() != RuleTargetKind.PRODUCTS);
    }
}
