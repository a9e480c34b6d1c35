package com.fleetcommerce.warehouse.stock.domain;

/**
 * Kinds of ledger rows. Each kind moves on hand, reserved, or (COMMIT) both by its signed quantity, which is what lets
 * reconciliation rebuild a level from the ledger: on hand = sum over on-hand kinds, reserved = sum over reserved kinds.
 * <p>RECONCILIATION moves neither: it records a repair that brought a drifted level back to what the ledger (on hand)
 * and the active reservations (reserved) already say, so counting it would break the very sums it restored. Its
 * quantity is the correction applied to the level; the reason says which column.
 */
public enum MovementType {
    RECEIPT(true, false),
    ADJUSTMENT(true, false),
    TRANSFER_OUT(true, false),
    TRANSFER_IN(true, false),
    RESERVE(false, true),
    RELEASE(false, true),
    EXPIRE(false, true),
    COMMIT(true, true),
    RECONCILIATION(false, false);

    private final boolean movesOnHand;
    private final boolean movesReserved;

    MovementType(boolean movesOnHand, boolean movesReserved) {
        this.movesOnHand = movesOnHand;
        this.movesReserved = movesReserved;
    }

    public boolean movesOnHand() {
        return movesOnHand;
    }

    public boolean movesReserved() {
        return movesReserved;
    }
}
