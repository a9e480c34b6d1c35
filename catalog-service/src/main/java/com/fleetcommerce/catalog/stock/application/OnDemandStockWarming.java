package com.fleetcommerce.catalog.stock.application;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fleetcommerce.shared.audit.StaffAudit;
import org.springframework.stereotype.Service;

/**
 * A warming run a staff member asks for ({@code POST /api/v1/availability/cache/warm}): the run, then one audit
 * entry. Runs on start and after a resync go straight to {@link StockCacheWarmer} and are not audited.
 */
@Service
public class OnDemandStockWarming {

    private final StockCacheWarmer warmer;
    private final StaffAudit audit;

    public OnDemandStockWarming(StockCacheWarmer warmer, StaffAudit audit) {
        this.warmer = warmer;
        this.audit = audit;
    }

    /** @see StockCacheWarmer#warm() */
    public StockCacheWarmer.Result warm() {
        StockCacheWarmer.Result result = warmer.warm();
        if (!result.alreadyRunning()) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("skusSeen", result.skusSeen());
            summary.put("entriesWritten", result.entriesWritten());
            // the run writes Redis only: the audit record needs a (short) transaction of its own for the outbox
            audit.summaryInOwnTransaction("stock-cache.warmed", "stock-cache", "availability", summary);
        }
        return result;
    }
}
