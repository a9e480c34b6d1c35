package com.fleetcommerce.customer.verification.application;

import com.fleetcommerce.customer.verification.domain.VerifyOutcome;

public record VerificationResult(VerifyOutcome outcome, int attemptsLeft) {
}
