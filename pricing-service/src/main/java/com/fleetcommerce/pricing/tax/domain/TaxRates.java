package com.fleetcommerce.pricing.tax.domain;

import java.util.Collection;
import java.util.Optional;

/** Picks the rate for a class at a destination: the region's own rate beats the country-wide one. */
public final class TaxRates {

    private TaxRates() {
    }

    public static Optional<TaxRate> pick(Collection<TaxRate> rates, String taxClass, String country, String region) {
        String wanted = region == null ? "" : region;
        Optional<TaxRate> regional = rates.stream()
                .filter(r -> r.taxClass().equals(taxClass) && r.country().equals(country) && !r.region().isEmpty()
                        && r.region().equalsIgnoreCase(wanted))
                .findFirst();
        if (regional.isPresent()) {
            return regional;
        }
        return rates.stream()
                .filter(r -> r.taxClass().equals(taxClass) && r.country().equals(country) && r.region().isEmpty())
                .findFirst();
    }
}
