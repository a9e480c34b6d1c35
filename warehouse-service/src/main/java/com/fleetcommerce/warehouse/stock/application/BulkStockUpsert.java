package com.fleetcommerce.warehouse.stock.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.web.problem.InvalidParameterException;
import com.fleetcommerce.shared.audit.StaffAudit;
import com.fleetcommerce.warehouse.stock.domain.LevelKey;
import com.fleetcommerce.warehouse.stock.domain.MovementType;
import com.fleetcommerce.warehouse.stock.domain.StockLevel;
import com.fleetcommerce.warehouse.stock.domain.StockLevelRepository;
import com.fleetcommerce.warehouse.stock.domain.StockMovement;
import com.fleetcommerce.warehouse.stock.domain.StockRuleViolation;
import com.fleetcommerce.warehouse.stock.domain.WarehouseIds;
import com.fleetcommerce.warehouse.warehouse.application.WarehouseAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk upsert of stated stock levels (a stock count or an import), all or nothing.
 * <p>Everything that can be checked without locks is checked first (warehouses, duplicates). Then ONE transaction
 * inserts the missing levels and locks all levels of the request in the fixed (sku, warehouse id) order, checks
 * on hand against reserved for every row, and writes the changed levels, their ledger rows and events in batches.
 * One transaction rather than chunks because the request is all or nothing: a row refused in a later chunk must not
 * leave earlier chunks applied, and a retry of the same body must find either everything or nothing done. The cost
 * is that up to 10,000 levels stay locked for the length of the write (seconds), during which reservations of those
 * SKUs wait; a stock count is a rare staff operation, the reservations it delays are not refused.
 */
@Service
public class BulkStockUpsert {

    public static final int MAX_ROWS = 10_000;

    private final StockLevelRepository levels;
    private final WarehouseIds warehouses;
    private final StockChanges changes;
    private final TransactionTemplate inTransaction;
    private final StaffAudit audit;

    public BulkStockUpsert(StockLevelRepository levels, WarehouseIds warehouses, StockChanges changes,
                           PlatformTransactionManager transactionManager, StaffAudit audit) {
        this.audit = audit;
        this.levels = levels;
        this.warehouses = warehouses;
        this.changes = changes;
        this.inTransaction = new TransactionTemplate(transactionManager);
    }

    /** @param reference shared by every ledger row of the request; {@code bulk:<uuid>} when null */
    public BulkUpsertResult upsert(List<BulkStockRow> rows, String reason, String reference, String actor) {
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw new InvalidParameterException("rows", "must hold 1 to " + MAX_ROWS + " rows", rows.size());
        }
        List<LevelKey> keys = resolve(rows);
        WarehouseAccess.requireAll(keys.stream().map(LevelKey::warehouseId).toList());
        requireDistinct(rows, keys);
        String ref = reference != null ? reference : "bulk:" + Uuids.v7();
        return inTransaction.execute(tx -> apply(rows, keys, reason, ref, actor));
    }

    private BulkUpsertResult apply(List<BulkStockRow> rows, List<LevelKey> keys, String reason, String reference,
                                   String actor) {
        Set<LevelKey> created = levels.insertMissing(keys);
        Map<LevelKey, StockLevel> locked = levels.lock(keys).stream()
                .collect(Collectors.toMap(StockLevel::key, Function.identity()));
        Instant at = StockService.now();
        List<StockLevel> changed = new ArrayList<>();
        List<StockMovement> movements = new ArrayList<>();
        List<Map<String, Object>> refused = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            BulkStockRow row = rows.get(i);
            LevelKey key = keys.get(i);
            StockLevel level = Objects.requireNonNull(locked.get(key), () -> "level " + key + " vanished");
            long delta;
            try {
                delta = level.restate(row.onHand(), row.safetyStock(), row.lowStockThreshold());
            } catch (StockRuleViolation violation) {
                Map<String, Object> problem = BulkRowProblems.row(i, row);
                problem.put("onHand", row.onHand());
                problem.put("reserved", level.reserved());
                refused.add(problem);
                continue;
            }
            if (!level.changed()) {
                continue;
            }
            changed.add(level);
            if (delta != 0) {
                // a level that did not exist receives its opening stock; on an existing one the count corrects it
                MovementType type = created.contains(key) ? MovementType.RECEIPT : MovementType.ADJUSTMENT;
                movements.add(new StockMovement(Uuids.v7(), key.sku(), key.warehouseId(), type, delta, reason,
                        reference, actor, at));
            }
        }
        if (!refused.isEmpty()) {
            throw BulkRowProblems.belowReserved(refused);
        }
        changes.recordAll(changed, movements, at);
        // one entry for the whole request (up to 10,000 rows): the counts, not the rows
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("rows", rows.size());
        summary.put("created", created.size());
        summary.put("changed", changed.size());
        summary.put("unchanged", rows.size() - changed.size());
        summary.put("reason", reason);
        summary.put("reference", reference);
        audit.summary("stock-levels.bulk-upserted", StockService.LEVEL, reference, summary);
        return new BulkUpsertResult(rows.size(), created.size(), changed.size(), rows.size() - changed.size(),
                reference);
    }

    /** Every row's level key, or a 422 listing every row whose warehouse does not exist. */
    private List<LevelKey> resolve(List<BulkStockRow> rows) {
        Map<String, UUID> byCode = warehouses.byCodes(rows.stream().map(BulkStockRow::warehouseCode)
                .filter(Objects::nonNull).toList());
        Set<UUID> known = warehouses.existing(rows.stream().map(BulkStockRow::warehouseId)
                .filter(Objects::nonNull).toList());
        List<LevelKey> keys = new ArrayList<>(rows.size());
        List<Map<String, Object>> unknown = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            BulkStockRow row = rows.get(i);
            UUID id = row.warehouseId() != null
                    ? (known.contains(row.warehouseId()) ? row.warehouseId() : null)
                    : byCode.get(row.warehouseCode());
            if (id == null) {
                unknown.add(BulkRowProblems.row(i, row));
            }
            keys.add(id == null ? null : new LevelKey(row.sku(), id));
        }
        if (!unknown.isEmpty()) {
            throw BulkRowProblems.unknownWarehouses(unknown);
        }
        return keys;
    }

    /** One row per level: two rows stating different values for one level would make the result depend on order. */
    private static void requireDistinct(List<BulkStockRow> rows, List<LevelKey> keys) {
        Map<LevelKey, Integer> firstIndex = new HashMap<>();
        List<Map<String, Object>> duplicates = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Integer first = firstIndex.putIfAbsent(keys.get(i), i);
            if (first != null) {
                Map<String, Object> problem = BulkRowProblems.row(i, rows.get(i));
                problem.put("duplicateOf", first);
                duplicates.add(problem);
            }
        }
        if (!duplicates.isEmpty()) {
            throw BulkRowProblems.duplicates(duplicates);
        }
    }
}
