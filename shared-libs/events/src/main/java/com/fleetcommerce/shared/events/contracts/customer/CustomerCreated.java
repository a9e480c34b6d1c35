package com.fleetcommerce.shared.events.contracts.customer;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/** A customer was created for a newly registered customer account; topic {@code customer.customer}, key customer id. */
@EventType("customer.customer.created.v1")
public record CustomerCreated(UUID customerId, UUID accountId, String email, Instant occurredAt) implements EventPayload {
}
