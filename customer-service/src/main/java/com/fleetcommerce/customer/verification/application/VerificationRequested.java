package com.fleetcommerce.customer.verification.application;

import java.time.Instant;

import com.fleetcommerce.customer.verification.domain.VerificationChannel;

/** What the caller learns: a code is on its way (never the code itself). */
public record VerificationRequested(VerificationChannel channel, String destination, Instant expiresAt) {
}
