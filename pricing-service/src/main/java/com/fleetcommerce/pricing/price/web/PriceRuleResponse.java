package com.fleetcommerce.pricing.price.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.pricing.price.domain.AdjustmentKind;
import com.fleetcommerce.pricing.price.domain.PriceRule;
import com.fleetcommerce.shared.web.money.Money;

public record PriceRuleResponse(UUID id, String code, String name, UUID baseListId, String currency,
                                AdjustmentKind kind, BigDecimal percentage, Money amount,
                                PriceRuleTargetBody target, Instant validFrom, Instant validTo, boolean active,
                                long version) {

    static PriceRuleResponse of(PriceRule rule) {
        boolean percent = rule.kind() == AdjustmentKind.PERCENTAGE;
        List<UUID> ids = rule.target().sortedIds();
        return new PriceRuleResponse(rule.id(), rule.code(), rule.name(), rule.baseListId(),
                rule.currency().getCurrencyCode(), rule.kind(), percent ? rule.value() : null,
                percent ? null : Money.of(rule.value(), rule.currency()),
                new PriceRuleTargetBody(rule.target().kind(), ids), rule.validity().from(), rule.validity().to(),
                rule.active(), rule.version());
    }
}
