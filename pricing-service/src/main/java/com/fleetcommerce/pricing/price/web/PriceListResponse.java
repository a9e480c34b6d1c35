package com.fleetcommerce.pricing.price.web;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.pricing.price.domain.PriceList;
import com.fleetcommerce.pricing.price.domain.PriceListKind;

public record PriceListResponse(UUID id, String code, String name, String currency, PriceListKind kind, int priority,
                                String customerGroup, Instant validFrom, Instant validTo, boolean taxInclusive,
                                boolean active, long version) {

    static PriceListResponse of(PriceList list) {
        return new PriceListResponse(list.id(), list.code(), list.name(), list.currency().getCurrencyCode(),
                list.kind(), list.priority(), list.customerGroup(), list.validity().from(), list.validity().to(),
                list.taxInclusive(), list.active(), list.version());
    }
}
