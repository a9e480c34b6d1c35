package com.fleetcommerce.customer.verification.domain;

public enum VerificationStatus {
    /** Waiting for the customer to type it. */
    ACTIVE,
    /** Verified the destination; never accepted again. */
    USED,
    /** Too many wrong attempts: even the right code is refused now. */
    DEAD,
    /** A newer code was requested for the same channel. */
    SUPERSEDED
}
