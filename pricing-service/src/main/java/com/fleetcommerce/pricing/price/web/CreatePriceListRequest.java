package com.fleetcommerce.pricing.price.web;

import java.time.Instant;

import com.fleetcommerce.pricing.price.application.PriceListTerms;
import com.fleetcommerce.pricing.price.domain.PriceListKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/price-lists}. {@code kind} defaults to REGULAR, {@code priority} to 0. */
public record CreatePriceListRequest(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]{0,63}",
                message = "must be 1-64 upper-case letters, digits, '.', '_' or '-'") String code,
        @Size(max = 200) String name,
        @NotBlank String currency,
        PriceListKind kind,
        @Min(-1_000_000) @Max(1_000_000) Integer priority,
        @Size(max = 64) String customerGroup,
        Instant validFrom,
        Instant validTo,
        @NotNull Boolean taxInclusive) {

    PriceListTerms terms() {
        return new PriceListTerms(name, priority == null ? 0 : priority, customerGroup, validFrom, validTo,
                taxInclusive);
    }

    PriceListKind kindOrDefault() {
        return kind == null ? PriceListKind.REGULAR : kind;
    }
}
