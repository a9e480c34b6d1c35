package com.fleetcommerce.pricing.price.web;

import com.fleetcommerce.pricing.price.domain.ResolvedPrice;
import com.fleetcommerce.shared.web.money.Money;

/** The unit price of a SKU for a quantity, its compare-at ("was") price on a sale, and the rule that matched. */
public record EffectivePriceResponse(String sku, long quantity, Money unitPrice, Money compareAt,
                                     boolean taxInclusive, String taxClass, MatchedRuleResponse matched) {

    static EffectivePriceResponse of(ResolvedPrice price, long quantity) {
        return new EffectivePriceResponse(price.sku(), quantity, Money.of(price.unitAmount(), price.currency()),
                price.compareAt() == null ? null : Money.of(price.compareAt(), price.currency()),
                price.taxInclusive(), price.taxClass(), MatchedRuleResponse.of(price));
    }
}
