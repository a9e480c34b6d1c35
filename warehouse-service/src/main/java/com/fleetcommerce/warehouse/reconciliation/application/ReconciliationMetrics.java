package com.fleetcommerce.warehouse.reconciliation.application;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code warehouse.reconciliation.drift.levels}: levels with drift found by the last run in this process (0 until a
 * run); {@code warehouse.reconciliation.repairs}: levels repaired since start. Drift above 0 after a run means
 * something writes levels around the ledger: worth an alert.
 */
@Component
public class ReconciliationMetrics {

    public static final String DRIFT_LEVELS = "warehouse.reconciliation.drift.levels";
    public static final String REPAIRS = "warehouse.reconciliation.repairs";

    private final AtomicInteger driftLevels = new AtomicInteger();
    private final Counter repairs;

    public ReconciliationMetrics(MeterRegistry registry) {
        Gauge.builder(DRIFT_LEVELS, driftLevels, AtomicInteger::get)
                .description("Stock levels with drift found by the last reconciliation run")
                .register(registry);
        this.repairs = Counter.builder(REPAIRS)
                .description("Stock levels repaired by reconciliation")
                .register(registry);
    }

    void recordRun(int drifted, int repaired) {
        driftLevels.set(drifted);
        repairs.increment(repaired);
    }
}
