package com.fleetcommerce.customer.verification.domain;

public enum VerifyOutcome {
    VERIFIED, WRONG_CODE, EXPIRED, DEAD, NO_CODE
}
