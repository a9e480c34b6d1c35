package com.fleetcommerce.warehouse.stock.web;

import com.fleetcommerce.shared.security.method.RequiresPermission;
import com.fleetcommerce.shared.security.principal.CurrentPrincipal;
import com.fleetcommerce.warehouse.stock.application.BulkStockUpsert;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bulk writes of stock levels; staff with {@code inventory:write}. */
@RestController
@RequestMapping("/api/v1/stock-levels")
class BulkStockController {

    private final BulkStockUpsert bulk;

    BulkStockController(BulkStockUpsert bulk) {
        this.bulk = bulk;
    }

    @PutMapping("/bulk")
    @RequiresPermission(StockController.WRITE)
    BulkUpsertResponse upsert(@Valid @RequestBody BulkUpsertRequest r) {
        return BulkUpsertResponse.from(bulk.upsert(r.rows().stream().map(BulkUpsertRow::toRow).toList(),
                r.reason().strip(), r.reference(), CurrentPrincipal.subject().orElse("unknown")));
    }
}
