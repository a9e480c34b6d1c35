package com.fleetcommerce.warehouse.reconciliation.web;

import java.util.UUID;

import com.fleetcommerce.warehouse.reconciliation.application.ReconciledLevel;
import com.fleetcommerce.warehouse.reconciliation.domain.LevelDrift;

/** A drifted level as found (actual) next to what it should be (expected), and whether it was repaired. */
public record DriftedLevelResponse(String sku, UUID warehouseId, String warehouseCode, long actualOnHand,
                                   long expectedOnHand, long actualReserved, long expectedReserved, boolean repaired,
                                   long version) {

    static DriftedLevelResponse from(ReconciledLevel level) {
        LevelDrift d = level.drift();
        return new DriftedLevelResponse(d.key().sku(), d.key().warehouseId(), d.warehouseCode(), d.onHand(),
                d.expectedOnHand(), d.reserved(), d.expectedReserved(), level.repaired(), level.version());
    }
}
