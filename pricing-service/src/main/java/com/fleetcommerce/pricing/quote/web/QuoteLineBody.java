package com.fleetcommerce.pricing.quote.web;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One line to price. Unknown members (collected in {@code unknownMembers}) are refused with a 400, so a client that
 * sends its own price or total learns at once that it is not used, instead of believing it was.
 */
public record QuoteLineBody(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]{0,63}",
                message = "must be 1-64 upper-case letters, digits, '.', '_' or '-'") String sku,
        UUID productId,
        @NotNull @Min(1) @Max(1_000_000) Long quantity,
        @Schema(hidden = true) @JsonAnySetter @Size(max = 0, message = UNKNOWN_MEMBERS) Map<String, Object> unknownMembers) {

    static final String UNKNOWN_MEMBERS = "unknown members are refused: prices and totals are computed by pricing, "
            + "never taken from the request";
}
