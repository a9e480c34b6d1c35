package com.fleetcommerce.warehouse.reconciliation.application;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of one reconciliation run. {@code driftLevels} counts levels whose drift was confirmed under their
 * locks; {@code repaired} those of them that were fixed (the rest could not form a valid level and are left alone).
 *
 * @param reference the reference of the run's ledger rows ({@code reconciliation:<uuid>})
 */
public record ReconciliationReport(String reference, Instant startedAt, Instant finishedAt, int driftLevels,
                                   int repaired, List<ReconciledLevel> levels) {

    public ReconciliationReport {
        levels = List.copyOf(levels);
    }
}
