package com.fleetcommerce.pricing.price.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.pricing.price.application.PricingProblems;
import com.fleetcommerce.pricing.price.application.PutPrice;
import com.fleetcommerce.pricing.price.domain.Tier;
import com.fleetcommerce.shared.web.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PUT /api/v1/price-lists/{id}/prices}: upserts the list's price for (sku | productId, warehouseId).
 * With {@code sku}, a SKU-level price ({@code productId}, if also given, records the SKU's product); without, a
 * product-level price for {@code productId}. Every amount must be in the list's currency.
 */
public record PutPriceRequest(
        @Size(max = 64) String sku,
        UUID productId,
        UUID warehouseId,
        @NotNull Money amount,
        Money compareAt,
        @Size(max = 20) List<@NotNull @Valid TierBody> tiers,
        Instant validFrom,
        Instant validTo,
        @Size(max = 32) String taxClass) {

    PutPrice command() {
        String currency = amount.currencyCode();
        if (compareAt != null && !compareAt.currencyCode().equals(currency)) {
            throw PricingProblems.badInput("currency-mismatch", "compareAt.currency",
                    "compareAt must be in the same currency as amount (" + currency + ")");
        }
        List<Tier> tierList = new ArrayList<>();
        if (tiers != null) {
            for (int i = 0; i < tiers.size(); i++) {
                TierBody tier = tiers.get(i);
                if (!tier.amount().currencyCode().equals(currency)) {
                    throw PricingProblems.badInput("currency-mismatch", "tiers[" + i + "].amount.currency",
                            "tier amounts must be in the same currency as amount (" + currency + ")");
                }
                tierList.add(new Tier(tier.minQuantity(), tier.amount().amount()));
            }
        }
        return new PutPrice(sku, productId, warehouseId, currency, amount.amount(),
                compareAt == null ? null : compareAt.amount(), tierList, validFrom, validTo, taxClass);
    }
}
