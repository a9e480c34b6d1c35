package com.fleetcommerce.pricing.tax.domain;

import java.math.BigDecimal;

/**
 * The rate of a tax class in a country, or in one region of it ({@code region} "" = the whole country), in percent
 * ({@code 10} = 10 %).
 */
public record TaxRate(String taxClass, String country, String region, BigDecimal ratePercent) {

    public TaxRate {
        region = region == null ? "" : region;
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new TaxRuleViolation("country", "country must be an ISO 3166-1 alpha-2 code such as VN");
        }
        if (region.length() > 64) {
            throw new TaxRuleViolation("region", "region must be at most 64 characters");
        }
        if (ratePercent == null || ratePercent.signum() < 0 || ratePercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new TaxRuleViolation("rate", "rate must be at least 0 and below 100 (percent)");
        }
        if (ratePercent.stripTrailingZeros().scale() > 4) {
            throw new TaxRuleViolation("rate", "rate has at most 4 decimals");
        }
    }
}
