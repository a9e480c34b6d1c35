package com.fleetcommerce.auth.keys.domain;

/** ACTIVE signs new tokens (exactly one); ROTATED still verifies tokens it signed until they expire; RETIRED is gone. */
public enum KeyStatus {
    ACTIVE, ROTATED, RETIRED
}
