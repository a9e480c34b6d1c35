package com.fleetcommerce.warehouse.reconciliation.application;

import com.fleetcommerce.warehouse.reconciliation.domain.LevelDrift;

/** One drifted level of a run: what was found, whether it was repaired, and the level's version afterwards. */
public record ReconciledLevel(LevelDrift drift, boolean repaired, long version) {
}
