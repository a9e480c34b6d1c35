package com.fleetcommerce.warehouse.reservation.application;

/**
 * What one call of a batch got: its outcome, or the refusal (a problem such as {@code insufficient-stock}) it is
 * answered with. A refused call left nothing behind.
 */
public record ReserveResult(ReserveOutcome outcome, RuntimeException refusal) {

    public ReserveResult {
        if ((outcome == null) == (refusal == null)) {
            throw new IllegalArgumentException("a result is either an outcome or a refusal");
        }
    }

    static ReserveResult of(ReserveOutcome outcome) {
        return new ReserveResult(outcome, null);
    }

    static ReserveResult refused(RuntimeException refusal) {
        return new ReserveResult(null, refusal);
    }

    /** The outcome, or the refusal thrown. */
    public ReserveOutcome orThrow() {
        if (refusal != null) {
            throw refusal;
        }
        return outcome;
    }
}
