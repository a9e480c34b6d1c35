package com.fleetcommerce.warehouse.reconciliation.web;

import com.fleetcommerce.shared.security.method.RequiresPermission;
import com.fleetcommerce.shared.security.principal.CurrentPrincipal;
import com.fleetcommerce.warehouse.reconciliation.application.StockReconciliation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A reconciliation run on demand (the worker runs it on a schedule); staff with {@code inventory:write}. */
@RestController
@RequestMapping("/api/v1/stock-levels")
class ReconciliationController {

    private final StockReconciliation reconciliation;

    ReconciliationController(StockReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @PostMapping("/reconcile")
    @RequiresPermission("inventory:write")
    ReconciliationResponse reconcile() {
        return ReconciliationResponse.from(reconciliation.reconcile(CurrentPrincipal.subject()
                .orElse(StockReconciliation.SYSTEM_ACTOR)));
    }
}
