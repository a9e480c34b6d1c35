package com.fleetcommerce.warehouse.reconciliation.web;

import java.time.Instant;
import java.util.List;

import com.fleetcommerce.warehouse.reconciliation.application.ReconciliationReport;

/** The report of {@code POST /api/v1/stock-levels/reconcile}. */
public record ReconciliationResponse(String reference, Instant startedAt, Instant finishedAt, int driftLevels,
                                     int repaired, List<DriftedLevelResponse> levels) {

    static ReconciliationResponse from(ReconciliationReport r) {
        return new ReconciliationResponse(r.reference(), r.startedAt(), r.finishedAt(), r.driftLevels(),
                r.repaired(), r.levels().stream().map(DriftedLevelResponse::from).toList());
    }
}
