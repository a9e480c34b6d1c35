package com.fleetcommerce.pricing.price.web;

import java.math.BigDecimal;
import java.time.Instant;

import com.fleetcommerce.pricing.price.application.PriceRuleTerms;
import com.fleetcommerce.pricing.price.domain.AdjustmentKind;
import com.fleetcommerce.shared.web.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/price-rules} ({@code code} and {@code baseList} required) and of
 * {@code PUT /api/v1/price-rules/{id}} (both ignored: a rule's code and base list are fixed).
 * PERCENTAGE takes {@code percentage} in (0, 100]; FIXED takes {@code amount} (the base list's currency, not negative).
 */
public record PriceRuleBody(
        @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]{0,63}",
                message = "must be 1-64 upper-case letters, digits, '.', '_' or '-'") String code,
        @Size(max = 200) String name,
        @Size(max = 64) String baseList,
        @NotNull AdjustmentKind kind,
        BigDecimal percentage,
        Money amount,
        @NotNull @Valid PriceRuleTargetBody target,
        Instant validFrom,
        Instant validTo) {

    PriceRuleTerms terms() {
        return new PriceRuleTerms(name, kind, percentage, amount == null ? null : amount.amount(),
                amount == null ? null : amount.currencyCode(), target.kind(), target.ids(), validFrom, validTo);
    }
}
