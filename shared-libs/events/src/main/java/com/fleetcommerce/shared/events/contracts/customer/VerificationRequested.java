package com.fleetcommerce.shared.events.contracts.customer;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/**
 * Send this code to this destination (notification-service). The only place the raw code exists: the database keeps
 * its hash. {@code channel} is EMAIL or SMS.
 */
@EventType("customer.verification.requested.v1")
public record VerificationRequested(UUID customerId, String channel, String destination, String code,
                                    Instant expiresAt) implements EventPayload {
}
