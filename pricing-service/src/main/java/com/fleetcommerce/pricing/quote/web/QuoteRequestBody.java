package com.fleetcommerce.pricing.quote.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fleetcommerce.pricing.price.application.PriceLookup;
import com.fleetcommerce.pricing.quote.application.QuoteRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/quotes}: up to 200 lines, the currency, and the tax destination ({@code country},
 * optionally {@code region}). {@code at} prices at another instant (a preview); absent = now.
 */
public record QuoteRequestBody(
        @NotEmpty @Size(max = 200) List<@NotNull @Valid QuoteLineBody> lines,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as VND") String currency,
        @Size(max = 64) String customerGroup,
        UUID warehouseId,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as VN") String country,
        @Size(max = 64) String region,
        Instant at,
        @Schema(hidden = true) @JsonAnySetter @Size(max = 0, message = QuoteLineBody.UNKNOWN_MEMBERS) Map<String, Object> unknownMembers) {

    QuoteRequest toRequest() {
        return new QuoteRequest(lines.stream().map(l -> new PriceLookup(l.sku(), l.productId(), l.quantity())).toList(),
                currency, customerGroup, warehouseId, country, region, at);
    }
}
