package com.fleetcommerce.catalog.stock.web;

import java.util.Map;

import com.fleetcommerce.catalog.stock.application.OnDemandStockWarming;
import com.fleetcommerce.catalog.stock.application.StockCacheWarmer;
import com.fleetcommerce.catalog.stock.domain.StockCacheUnavailableException;
import com.fleetcommerce.shared.security.method.RequiresPermission;
import com.fleetcommerce.shared.web.problem.ConflictException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff operations on the stock read model. */
@RestController
class StockCacheController {

    private final OnDemandStockWarming warmer;

    StockCacheController(OnDemandStockWarming warmer) {
        this.warmer = warmer;
    }

    /** Fills Redis for every active product's SKUs from the PostgreSQL copy, now, and says what it did. */
    @PostMapping("/api/v1/availability/cache/warm")
    @RequiresPermission("catalog:write")
    WarmResponse warm() {
        StockCacheWarmer.Result result;
        try {
            result = warmer.warm();
        } catch (StockCacheUnavailableException e) {
            throw new StockCacheDownException();
        }
        if (result.alreadyRunning()) {
            throw new ConflictException("warming-in-progress", "a warming run is in progress; try again when it ends",
                    Map.of());
        }
        return new WarmResponse(result.skusSeen(), result.entriesWritten(), result.took().toMillis());
    }
}
