package com.fleetcommerce.customer.verification.application;

import java.util.UUID;

import com.fleetcommerce.customer.verification.domain.VerificationRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Removes a deleted customer's codes (they hold the old destinations). */
@Component
public class VerificationCleanup {

    private final VerificationRepository codes;

    VerificationCleanup(VerificationRepository codes) {
        this.codes = codes;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(UUID customerId) {
        codes.deleteAll(customerId);
    }
}
