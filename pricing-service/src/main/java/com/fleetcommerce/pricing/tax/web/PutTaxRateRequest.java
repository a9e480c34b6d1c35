package com.fleetcommerce.pricing.tax.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A rate in percent ("10" = 10 %) for a country, or one region of it. */
public record PutTaxRateRequest(
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as VN") String country,
        @Size(max = 64) String region,
        @NotNull BigDecimal rate) {
}
