package com.fleetcommerce.pricing.quote.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.pricing.price.application.PriceLookup;

/** What to price: lines and the context (currency, customer group, warehouse, tax destination, instant). */
public record QuoteRequest(List<PriceLookup> lines, String currency, String customerGroup, UUID warehouseId,
                           String country, String region, Instant at) {
}
