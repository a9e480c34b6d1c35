package com.fleetcommerce.pricing.price.web;

import java.math.BigDecimal;
import java.util.UUID;

import com.fleetcommerce.pricing.price.domain.AdjustmentKind;
import com.fleetcommerce.pricing.price.domain.AppliedRule;

/** The price rule that adjusted the matched price: PERCENTAGE value in percent, FIXED in the currency. */
public record AppliedRuleResponse(String code, UUID id, AdjustmentKind kind, BigDecimal value, BigDecimal baseAmount) {

    static AppliedRuleResponse of(AppliedRule rule) {
        return rule == null ? null
                : new AppliedRuleResponse(rule.code(), rule.id(), rule.kind(), rule.value(), rule.baseAmount());
    }
}
