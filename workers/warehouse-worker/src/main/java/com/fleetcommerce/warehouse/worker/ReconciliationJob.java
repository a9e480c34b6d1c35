package com.fleetcommerce.warehouse.worker;

import com.fleetcommerce.warehouse.reconciliation.application.ReconciliationReport;
import com.fleetcommerce.warehouse.reconciliation.application.StockReconciliation;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recomputes reserved from active reservations and on hand from the ledger, and repairs drift with a ledger row;
 * one replica at a time. The drift gauge is published by this process.
 */
@Component
class ReconciliationJob {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationJob.class);

    private final StockReconciliation reconciliation;

    ReconciliationJob(StockReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Scheduled(fixedDelayString = "${warehouse.jobs.reconciliation.interval:PT1H}",
            initialDelayString = "${warehouse.jobs.reconciliation.initial-delay:PT1M}")
    @SchedulerLock(name = "warehouse.reconciliation", lockAtMostFor = "PT30M")
    public void reconcile() {
        ReconciliationReport report = reconciliation.reconcile();
        if (report.driftLevels() > 0) {
            log.warn("Stock reconciliation {}: {} levels drifted, {} repaired", report.reference(),
                    report.driftLevels(), report.repaired());
        }
    }
}
