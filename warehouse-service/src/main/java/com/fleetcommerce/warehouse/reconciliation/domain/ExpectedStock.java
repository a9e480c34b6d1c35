package com.fleetcommerce.warehouse.reconciliation.domain;

import java.util.Collection;
import java.util.List;

import com.fleetcommerce.warehouse.stock.domain.LevelKey;

/** Recomputes levels from their sources of truth; implemented in the persistence layer. */
public interface ExpectedStock {

    /**
     * Every level that differs from its expected values, in (sku, warehouse id) order. One read without locks: a
     * single statement sees one committed snapshot, and writers change level, ledger and allocations together, so
     * it reports no drift that is not there. What it finds is measured again under the level locks before repair.
     */
    List<LevelDrift> findDrifted();

    /** The levels of these keys next to their expected values, drifted or not (call with the levels locked). */
    List<LevelDrift> measure(Collection<LevelKey> keys);
}
