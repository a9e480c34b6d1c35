package com.fleetcommerce.pricing.price.web;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.pricing.price.domain.MatchLevel;
import com.fleetcommerce.pricing.price.domain.PriceListKind;
import com.fleetcommerce.pricing.price.domain.ResolvedPrice;

/**
 * Why a price was chosen: the list, the level it matched at, the tier, the price rule that adjusted it (null when
 * none), and the window this match holds in.
 */
public record MatchedRuleResponse(String priceList, UUID priceListId, PriceListKind kind, int priority,
                                  String customerGroup, MatchLevel level, long tierMinQuantity, Instant validFrom,
                                  Instant validTo, AppliedRuleResponse rule, String explanation) {

    public static MatchedRuleResponse of(ResolvedPrice price) {
        return new MatchedRuleResponse(price.priceListCode(), price.priceListId(), price.kind(), price.priority(),
                price.customerGroup(), price.level(), price.tierMinQuantity(), price.window().from(),
                price.window().to(), AppliedRuleResponse.of(price.rule()), price.explanation());
    }
}
