package com.fleetcommerce.warehouse.reconciliation.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.audit.StaffAudit;
import com.fleetcommerce.warehouse.reconciliation.domain.ExpectedStock;
import com.fleetcommerce.warehouse.reconciliation.domain.LevelDrift;
import com.fleetcommerce.warehouse.stock.application.StockChanges;
import com.fleetcommerce.warehouse.stock.domain.LevelKey;
import com.fleetcommerce.warehouse.stock.domain.MovementType;
import com.fleetcommerce.warehouse.stock.domain.StockLevel;
import com.fleetcommerce.warehouse.stock.domain.StockLevelRepository;
import com.fleetcommerce.warehouse.stock.domain.StockMovement;
import com.fleetcommerce.warehouse.warehouse.application.WarehouseAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds levels whose on hand differs from the ledger or whose reserved differs from the ACTIVE reservations, and
 * repairs them: the level takes the expected values (version +1, one stock event) and the ledger gets a RECONCILIATION
 * row per corrected column.
 * <p>Safe next to live reservations and stock operations: a first read without locks finds the suspects; then, per
 * chunk of {@value #CHUNK} levels, one transaction locks them in the fixed (sku, warehouse id) order every writer uses
 * and measures them again. A writer that held one of those locks has committed by then (its level, ledger rows and
 * allocations together), and one that wants them waits, so the repair never acts on a half-seen change. It takes no
 * reservation lock, so it can never close a cycle with a reservation transaction (those lock the reservation first).
 * Chunks keep each transaction, and the time reservations may wait on it, short.
 */
@Service
public class StockReconciliation {

    public static final String SYSTEM_ACTOR = "system:reconciliation";
    static final int CHUNK = 100;

    private static final Logger log = LoggerFactory.getLogger(StockReconciliation.class);

    private final ExpectedStock expected;
    private final StockLevelRepository levels;
    private final StockChanges changes;
    private final ReconciliationMetrics metrics;
    private final TransactionTemplate inTransaction;
    private final StaffAudit audit;

    public StockReconciliation(ExpectedStock expected, StockLevelRepository levels, StockChanges changes,
                               ReconciliationMetrics metrics, PlatformTransactionManager transactionManager,
                               StaffAudit audit) {
        this.audit = audit;
        this.expected = expected;
        this.levels = levels;
        this.changes = changes;
        this.metrics = metrics;
        this.inTransaction = new TransactionTemplate(transactionManager);
    }

    /** A run by the background job. */
    public ReconciliationReport reconcile() {
        return reconcile(SYSTEM_ACTOR);
    }

    /** @param actor recorded on the repair rows (the staff member who asked, or a {@code system:} name) */
    public ReconciliationReport reconcile(String actor) {
        WarehouseAccess.requireUnlimited("reconcile every warehouse's stock");
        Instant startedAt = now();
        String reference = "reconciliation:" + Uuids.v7();
        List<LevelKey> suspects = expected.findDrifted().stream().map(LevelDrift::key).toList();
        List<ReconciledLevel> found = new ArrayList<>();
        for (int from = 0; from < suspects.size(); from += CHUNK) {
            List<LevelKey> chunk = suspects.subList(from, Math.min(from + CHUNK, suspects.size()));
            found.addAll(inTransaction.execute(tx -> repair(chunk, reference, actor)));
        }
        int repaired = (int) found.stream().filter(ReconciledLevel::repaired).count();
        metrics.recordRun(found.size(), repaired);
        if (!found.isEmpty()) {
            log.warn("reconciliation {} found {} drifted stock level(s), repaired {}", reference, found.size(),
                    repaired);
        }
        ReconciliationReport report = new ReconciliationReport(reference, startedAt, now(), found.size(), repaired,
                found);
        auditStaffRun(report);
        return report;
    }

    /**
     * A run a staff member asked for is one audit entry (the job's runs are not staff actions: StaffAudit skips
     * them). The repairs commit chunk by chunk, so there is no single business transaction to join: the entry gets
     * a short one of its own after the last chunk.
     */
    private void auditStaffRun(ReconciliationReport report) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("driftLevels", report.driftLevels());
        summary.put("repaired", report.repaired());
        audit.summaryInOwnTransaction("stock-levels.reconciled", "stock-reconciliation", report.reference(),
                summary);
    }

    private List<ReconciledLevel> repair(List<LevelKey> keys, String reference, String actor) {
        Map<LevelKey, StockLevel> locked = levels.lock(keys).stream()
                .collect(Collectors.toMap(StockLevel::key, Function.identity()));
        Instant at = now();
        List<ReconciledLevel> found = new ArrayList<>();
        List<StockLevel> changed = new ArrayList<>();
        List<StockMovement> rows = new ArrayList<>();
        for (LevelDrift drift : expected.measure(keys)) {
            StockLevel level = locked.get(drift.key());
            if (!drift.drifted() || level == null) {
                continue;
            }
            if (!drift.repairable()) {
                log.error("stock level {}@{} cannot be reconciled: ledger on hand {}, active reservations hold {}",
                        drift.key().sku(), drift.warehouseCode(), drift.expectedOnHand(), drift.expectedReserved());
                found.add(new ReconciledLevel(drift, false, level.version()));
                continue;
            }
            level.reconcile(drift.expectedOnHand(), drift.expectedReserved());
            changed.add(level);
            if (drift.onHandCorrection() != 0) {
                rows.add(row(drift, drift.onHandCorrection(), "on hand: level had " + drift.onHand()
                        + ", ledger adds up to " + drift.expectedOnHand(), reference, actor, at));
            }
            if (drift.reservedCorrection() != 0) {
                rows.add(row(drift, drift.reservedCorrection(), "reserved: level had " + drift.reserved()
                        + ", active reservations hold " + drift.expectedReserved(), reference, actor, at));
            }
            found.add(new ReconciledLevel(drift, true, level.version()));
        }
        changes.recordAll(changed, rows, at);
        return found;
    }

    private static StockMovement row(LevelDrift drift, long correction, String reason, String reference,
                                     String actor, Instant at) {
        return new StockMovement(Uuids.v7(), drift.key().sku(), drift.key().warehouseId(),
                MovementType.RECONCILIATION, correction, reason, reference, actor, at);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
