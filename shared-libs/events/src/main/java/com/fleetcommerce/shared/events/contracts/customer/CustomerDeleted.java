package com.fleetcommerce.shared.events.contracts.customer;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/**
 * The customer asked to be forgotten: the profile is anonymised (statistics kept). auth-service is expected to
 * disable {@code accountId} when it consumes this.
 */
@EventType("customer.customer.deleted.v1")
public record CustomerDeleted(UUID customerId, UUID accountId, Instant occurredAt) implements EventPayload {
}
