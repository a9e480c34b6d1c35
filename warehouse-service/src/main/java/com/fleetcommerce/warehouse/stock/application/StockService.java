package com.fleetcommerce.warehouse.stock.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.web.problem.InvalidParameterException;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import com.fleetcommerce.shared.audit.StaffAudit;
import com.fleetcommerce.warehouse.stock.domain.LevelKey;
import com.fleetcommerce.warehouse.stock.domain.MovementLedger;
import com.fleetcommerce.warehouse.stock.domain.MovementType;
import com.fleetcommerce.warehouse.stock.domain.StockLevel;
import com.fleetcommerce.warehouse.stock.domain.StockLevelRepository;
import com.fleetcommerce.warehouse.stock.domain.StockMovement;
import com.fleetcommerce.warehouse.stock.domain.StockRuleViolation;
import com.fleetcommerce.warehouse.warehouse.application.WarehouseAccess;
import com.fleetcommerce.warehouse.warehouse.application.WarehouseService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff operations on stock levels and the stock queries. Each operation locks the level rows it changes (in the
 * repository's fixed order) and writes state, ledger and event in one transaction.
 */
@Service
public class StockService {

    static final String LEVEL = "stock-level";

    private final StockLevelRepository levels;
    private final MovementLedger ledger;
    private final StockChanges changes;
    private final WarehouseService warehouses;
    private final TransactionTemplate inTransaction;
    private final TransactionTemplate inOwnTransaction;
    private final StaffAudit audit;

    public StockService(StockLevelRepository levels, MovementLedger ledger, StockChanges changes,
                        WarehouseService warehouses, PlatformTransactionManager transactionManager,
                        StaffAudit audit) {
        this.audit = audit;
        this.levels = levels;
        this.ledger = ledger;
        this.changes = changes;
        this.warehouses = warehouses;
        this.inTransaction = new TransactionTemplate(transactionManager);
        this.inOwnTransaction = new TransactionTemplate(transactionManager);
        this.inOwnTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public StockLevel receive(String sku, UUID warehouseId, long quantity, String reference, String actor) {
        WarehouseAccess.require(warehouseId);
        LevelKey key = existingWarehouse(sku, warehouseId);
        createMissing(List.of(key));
        return inTransaction.execute(tx -> {
            StockLevel level = lockOne(key);
            Map<String, Object> before = auditState(level);
            level.receive(quantity);
            changes.record(level, MovementType.RECEIPT, quantity, null, reference, actor, now());
            Map<String, Object> after = auditState(level);
            after.put("quantity", quantity);
            after.put("reference", reference);
            audit.changed("stock-level.received", LEVEL, auditId(level), before, after);
            return level;
        });
    }

    public StockLevel adjust(String sku, UUID warehouseId, long delta, String reason, String reference,
                             String actor) {
        WarehouseAccess.require(warehouseId);
        LevelKey key = existingWarehouse(sku, warehouseId);
        if (delta > 0) {
            createMissing(List.of(key));
        }
        return inTransaction.execute(tx -> {
            StockLevel level = lockOne(key);
            Map<String, Object> before = auditState(level);
            rule(() -> level.adjust(delta));
            changes.record(level, MovementType.ADJUSTMENT, delta, reason, reference, actor, now());
            Map<String, Object> after = auditState(level);
            after.put("delta", delta);
            after.put("reason", reason);
            after.put("reference", reference);
            audit.changed("stock-level.adjusted", LEVEL, auditId(level), before, after);
            return level;
        });
    }

    /** Moves units between two warehouses; both legs commit together or not at all. */
    public TransferResult transfer(String sku, UUID fromWarehouseId, UUID toWarehouseId, long quantity, String reason,
                                   String reference, String actor) {
        if (fromWarehouseId.equals(toWarehouseId)) {
            throw new InvalidParameterException("toWarehouseId", "must differ from fromWarehouseId", toWarehouseId);
        }
        WarehouseAccess.require(fromWarehouseId, toWarehouseId);
        LevelKey fromKey = existingWarehouse(sku, fromWarehouseId);
        LevelKey toKey = existingWarehouse(sku, toWarehouseId);
        createMissing(List.of(toKey));
        String ref = reference != null ? reference : "transfer:" + Uuids.v7();
        return inTransaction.execute(tx -> {
            Map<LevelKey, StockLevel> locked = levels.lock(List.of(fromKey, toKey)).stream()
                    .collect(Collectors.toMap(StockLevel::key, Function.identity()));
            StockLevel from = locked.get(fromKey);
            if (from == null) {
                throw StockProblems.conflict(new StockRuleViolation("insufficient-stock",
                        "there is no stock of " + sku + " in the source warehouse",
                        Map.of("sku", sku, "warehouseId", fromWarehouseId, "requested", quantity, "unreserved", 0)));
            }
            StockLevel to = locked.get(toKey);
            Map<String, Object> before = Map.of("onHand", from.onHand(), "toOnHand", to.onHand());
            rule(() -> from.transferOut(quantity));
            to.transferIn(quantity);
            Instant at = now();
            changes.record(from, MovementType.TRANSFER_OUT, -quantity, reason, ref, actor, at);
            changes.record(to, MovementType.TRANSFER_IN, quantity, reason, ref, actor, at);
            // one entry, on the source level; the destination is named in it
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("onHand", from.onHand());
            after.put("toOnHand", to.onHand());
            after.put("toWarehouseCode", to.warehouseCode());
            after.put("quantity", quantity);
            after.put("reason", reason);
            after.put("reference", ref);
            audit.changed("stock-level.transferred", LEVEL, auditId(from), before, after);
            return new TransferResult(from, to);
        });
    }

    public StockLevel configure(String sku, UUID warehouseId, long safetyStock, long lowStockThreshold) {
        WarehouseAccess.require(warehouseId);
        LevelKey key = existingWarehouse(sku, warehouseId);
        createMissing(List.of(key));
        return inTransaction.execute(tx -> {
            StockLevel level = lockOne(key);
            Map<String, Object> before = auditState(level);
            level.configure(safetyStock, lowStockThreshold);
            changes.recordSettings(level, now());
            audit.changed("stock-level.settings-changed", LEVEL, auditId(level), before, auditState(level));
            return level;
        });
    }

    public SkuStock bySku(String sku) {
        return new SkuStock(sku, levels.findBySku(sku));
    }

    public Paged<StockLevel> byWarehouse(UUID warehouseId, int page, int size) {
        warehouses.get(warehouseId);
        return new Paged<>(levels.findByWarehouse(warehouseId, (long) page * size, size),
                levels.countByWarehouse(warehouseId));
    }

    public Paged<StockLevel> lowStock(int page, int size) {
        return new Paged<>(levels.findLow((long) page * size, size), levels.countLow());
    }

    public Paged<StockMovement> movements(String sku, int page, int size) {
        return new Paged<>(ledger.findBySku(sku, (long) page * size, size), ledger.countBySku(sku));
    }

    private LevelKey existingWarehouse(String sku, UUID warehouseId) {
        warehouses.get(warehouseId);
        return new LevelKey(sku, warehouseId);
    }

    /**
     * Creates missing levels in a short transaction of its own, before the change locks anything: inserting a new
     * row inside the locking transaction could make two writers wait on each other outside the fixed lock order.
     * An empty level (all zero, version 0) that outlives a failed change is harmless.
     */
    private void createMissing(List<LevelKey> keys) {
        inOwnTransaction.executeWithoutResult(tx -> levels.createMissing(keys));
    }

    private StockLevel lockOne(LevelKey key) {
        return levels.lock(List.of(key)).stream().findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(LEVEL, key.sku() + "@" + key.warehouseId()));
    }

    /** {@code sku@warehouseCode}: how staff name a stock level. */
    static String auditId(StockLevel level) {
        return level.sku() + "@" + level.warehouseCode();
    }

    /** The quantities and settings of a level (a mutable map: callers add what the action was). */
    static Map<String, Object> auditState(StockLevel level) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("onHand", level.onHand());
        state.put("reserved", level.reserved());
        state.put("safetyStock", level.safetyStock());
        state.put("lowStockThreshold", level.lowStockThreshold());
        return state;
    }

    private static void rule(Runnable change) {
        try {
            change.run();
        } catch (StockRuleViolation violation) {
            throw StockProblems.conflict(violation);
        }
    }

    static Instant now() {
        // PostgreSQL keeps microseconds; events then carry exactly the stored time
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
