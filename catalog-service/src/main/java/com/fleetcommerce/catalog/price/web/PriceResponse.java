package com.fleetcommerce.catalog.price.web;

import com.fleetcommerce.catalog.price.domain.SkuPrice;
import com.fleetcommerce.shared.web.money.Money;

/**
 * A SKU's effective price as a storefront shows it (quantity 1, no customer group, every warehouse):
 * {@code compareAt} is the "was" price of a sale or null, {@code priceList} the list whose price applies, and
 * {@code taxInclusive} whether {@code amount} includes tax.
 */
public record PriceResponse(Money amount, Money compareAt, String priceList, boolean taxInclusive) {

    public static PriceResponse from(SkuPrice price) {
        if (price == null || !price.available()) {
            return null;
        }
        return new PriceResponse(Money.of(price.amount(), price.currency()),
                price.compareAt() == null ? null : Money.of(price.compareAt(), price.currency()),
                price.priceList(), price.taxInclusive());
    }
}
