package com.fleetcommerce.shared.events.contracts.pricing;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/**
 * The effective price of one (SKU, warehouse, currency) after a change, on topic {@code pricing.price}, keyed by SKU.
 * State-carrying: it says what the price now is (for quantity 1, no customer group, at {@code changedAt}), not what
 * moved. {@code warehouseId} null means the price that applies in every warehouse without a price of its own.
 * {@code available} false means no price applies any more ({@code amount} and {@code compareAt} are then null): the
 * SKU cannot be sold in that currency/warehouse until a price is put again.
 * {@code amount} is a decimal string in the currency's scale ("199000" VND, "19.99" USD), like the amount of the
 * platform's Money JSON, so no consumer reads it through a double; {@code compareAt} is the list ("was") price of a
 * sale, or null. {@code taxInclusive} tells whether {@code amount} includes tax.
 * {@code version} grows with every change of the SKU's prices (a database sequence), so a consumer keeps the highest
 * version per (sku, warehouseId, currency) and ignores older ones.
 */
@EventType("pricing.price.changed.v1")
public record PriceChanged(String sku, UUID warehouseId, String currency, boolean available, String amount,
                           String compareAt, boolean taxInclusive, String priceList, long version,
                           Instant changedAt) implements EventPayload {
}
