package com.fleetcommerce.pricing.tax.web;

import com.fleetcommerce.pricing.tax.domain.TaxRate;

/** {@code rate} in percent, as a decimal string ("10", "8.5"). */
public record TaxRateResponse(String taxClass, String country, String region, String rate) {

    static TaxRateResponse of(TaxRate rate) {
        return new TaxRateResponse(rate.taxClass(), rate.country(), rate.region().isEmpty() ? null : rate.region(),
                rate.ratePercent().stripTrailingZeros().toPlainString());
    }
}
