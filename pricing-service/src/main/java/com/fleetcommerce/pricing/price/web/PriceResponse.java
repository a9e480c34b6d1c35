package com.fleetcommerce.pricing.price.web;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.pricing.price.domain.Price;
import com.fleetcommerce.pricing.price.domain.PriceTarget;
import com.fleetcommerce.shared.web.money.Money;

public record PriceResponse(UUID id, UUID priceListId, String sku, UUID productId, UUID warehouseId, Money amount,
                            Money compareAt, List<TierResponse> tiers, Instant validFrom, Instant validTo,
                            String taxClass) {

    static PriceResponse of(Price price, Currency currency) {
        PriceTarget target = price.target();
        return new PriceResponse(price.id(), price.priceListId(), target.sku(), target.productId(),
                target.warehouseId(), Money.of(price.amount(), currency),
                price.compareAt() == null ? null : Money.of(price.compareAt(), currency),
                price.tiers().stream().map(t -> new TierResponse(t.minQuantity(), Money.of(t.amount(), currency)))
                        .toList(),
                price.validity().from(), price.validity().to(), price.taxClass());
    }
}
