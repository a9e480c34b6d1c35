package com.fleetcommerce.pricing.price.web;

import java.time.Instant;

import com.fleetcommerce.pricing.price.application.PriceListTerms;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/v1/price-lists/{id}}: the full set of changeable terms (code, currency, kind are fixed). */
public record RevisePriceListRequest(
        @Size(max = 200) String name,
        @NotNull @Min(-1_000_000) @Max(1_000_000) Integer priority,
        @Size(max = 64) String customerGroup,
        Instant validFrom,
        Instant validTo,
        @NotNull Boolean taxInclusive) {

    PriceListTerms terms() {
        return new PriceListTerms(name, priority, customerGroup, validFrom, validTo, taxInclusive);
    }
}
