package com.fleetcommerce.pricing.price.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.pricing.price.application.BulkPriceRow;
import com.fleetcommerce.shared.web.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One row of {@code PUT /api/v1/prices/bulk}: a price list code and the same members as a single price PUT. */
public record BulkPriceRowBody(
        @NotBlank @Size(max = 64) String priceList,
        @Size(max = 64) String sku,
        UUID productId,
        UUID warehouseId,
        @NotNull Money amount,
        Money compareAt,
        @Size(max = 20) List<@NotNull @Valid TierBody> tiers,
        Instant validFrom,
        Instant validTo,
        @Size(max = 32) String taxClass) {

    BulkPriceRow row() {
        return new BulkPriceRow(priceList, new PutPriceRequest(sku, productId, warehouseId, amount, compareAt, tiers,
                validFrom, validTo, taxClass).command());
    }
}
