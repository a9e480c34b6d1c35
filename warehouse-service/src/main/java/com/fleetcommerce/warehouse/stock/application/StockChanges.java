package com.fleetcommerce.warehouse.stock.application;

import java.time.Instant;
import java.util.List;

import com.fleetcommerce.shared.events.contracts.warehouse.StockChangedEvent;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.events.outbox.OutboxEntry;
import com.fleetcommerce.shared.events.outbox.OutboxWriter;
import com.fleetcommerce.warehouse.stock.domain.MovementLedger;
import com.fleetcommerce.warehouse.stock.domain.MovementType;
import com.fleetcommerce.warehouse.stock.domain.StockLevel;
import com.fleetcommerce.warehouse.stock.domain.StockLevelRepository;
import com.fleetcommerce.warehouse.stock.domain.StockMovement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one change of a locked level: the new state, its ledger row and its {@code warehouse.stock.changed.v1}
 * event, all in the caller's transaction. The single path every stock change takes, reservations included.
 */
@Component
public class StockChanges {

    public static final String TOPIC = "warehouse.stock";

    private final StockLevelRepository levels;
    private final MovementLedger ledger;
    private final OutboxWriter outbox;

    public StockChanges(StockLevelRepository levels, MovementLedger ledger, OutboxWriter outbox) {
        this.levels = levels;
        this.ledger = ledger;
        this.outbox = outbox;
    }

    /**
     * @param quantity signed effect on the column(s) the type moves (negative for TRANSFER_OUT, RELEASE, COMMIT...)
     * @param actor    token subject of the caller, or a {@code system:} name for background work
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(StockLevel level, MovementType type, long quantity, String reason, String reference,
                       String actor, Instant at) {
        levels.update(level);
        ledger.append(new StockMovement(Uuids.v7(), level.sku(), level.warehouseId(), type, quantity, reason,
                reference, actor, at));
        publish(level, at);
    }

    /**
     * Many changed levels of one operation (bulk upsert, reconciliation, a batch of reservations): the levels and
     * their ledger rows in JDBC batches, then one event per level. A level may have no ledger row (settings only) or
     * several.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<StockLevel> changed, List<StockMovement> movements, Instant at) {
        levels.updateAll(changed);
        ledger.appendAll(movements);
        // One batched outbox insert: appending row by row was most of a 10,000-row bulk upsert's time.
        outbox.appendAll(TOPIC, changed.stream().map(level -> OutboxEntry.of(level.sku(), event(level, at))).toList());
    }

    /** A change without a ledger row (settings such as safety stock move no units but change what is available). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordSettings(StockLevel level, Instant at) {
        levels.update(level);
        publish(level, at);
    }

    private void publish(StockLevel level, Instant at) {
        outbox.append(TOPIC, level.sku(), event(level, at));
    }

    private static StockChangedEvent event(StockLevel level, Instant at) {
        return new StockChangedEvent(level.sku(), level.warehouseId(), level.warehouseCode(), level.onHand(),
                level.reserved(), level.available(), level.version(), at);
    }
}
