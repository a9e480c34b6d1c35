package com.fleetcommerce.warehouse.reconciliation.domain;

import java.util.Objects;

import com.fleetcommerce.warehouse.stock.domain.LevelKey;

/**
 * A level as stored next to what it should be: on hand as the ledger adds it up, reserved as the ACTIVE reservations'
 * allocations add it up.
 */
public record LevelDrift(LevelKey key, String warehouseCode, long onHand, long expectedOnHand, long reserved,
                         long expectedReserved) {

    public LevelDrift {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(warehouseCode, "warehouseCode");
    }

    public boolean drifted() {
        return onHand != expectedOnHand || reserved != expectedReserved;
    }

    /**
     * False when the expected values cannot form a level (the reservations hold more than the ledger has on hand, or
     * the ledger adds up to a negative): that is not drift of the level but broken history, for a person to look at.
     */
    public boolean repairable() {
        return expectedReserved >= 0 && expectedReserved <= expectedOnHand;
    }

    /** What the repair adds to on hand (signed). */
    public long onHandCorrection() {
        return expectedOnHand - onHand;
    }

    /** What the repair adds to reserved (signed). */
    public long reservedCorrection() {
        return expectedReserved - reserved;
    }
}
