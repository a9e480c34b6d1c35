package com.fleetcommerce.pricing.price.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.pricing.price.application.EffectivePrices;
import com.fleetcommerce.pricing.price.application.PriceLookup;
import com.fleetcommerce.pricing.price.domain.PriceTarget;
import com.fleetcommerce.pricing.price.domain.ResolvedPrice;
import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import com.fleetcommerce.shared.web.problem.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/prices/effective}: the price a storefront shows for one SKU. Public (listed in
 * {@code platform.security.public-paths}): it only reads stored prices.
 */
@RestController
class EffectivePriceController {

    private final EffectivePrices prices;
    private final Clock clock;

    EffectivePriceController(EffectivePrices prices, Clock clock) {
        this.prices = prices;
        this.clock = clock;
    }

    @GetMapping("/api/v1/prices/effective")
    EffectivePriceResponse effective(@RequestParam String sku, @RequestParam String currency,
                                     @RequestParam(required = false) UUID warehouseId,
                                     @RequestParam(defaultValue = "1") long quantity,
                                     @RequestParam(required = false) String customerGroup,
                                     @RequestParam(required = false) UUID productId) {
        if (!sku.matches(PriceTarget.SKU_PATTERN)) {
            throw new InvalidParameterException("sku", "must be 1-64 upper-case letters, digits, '.', '_' or '-'", sku);
        }
        if (quantity < 1 || quantity > 1_000_000) {
            throw new InvalidParameterException("quantity", "must be between 1 and 1000000", quantity);
        }
        ResolvedPrice price = prices.resolve(List.of(new PriceLookup(sku, productId, quantity)), currency,
                        warehouseId, customerGroup, clock.instant())
                .getFirst()
                .orElseThrow(() -> new BusinessRuleException("price-not-found", HttpStatus.NOT_FOUND,
                        "No price in " + currency + " applies to " + sku, Map.of("skus", List.of(sku))));
        return EffectivePriceResponse.of(price, quantity);
    }
}
