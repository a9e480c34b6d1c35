package com.fleetcommerce.shared.events.contracts.user;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/**
 * A staff user's effective roles and permissions, and the warehouses they are limited to (none: not limited), after a
 * change (role assigned or removed, a role's definition changed, warehouses changed, user created). Topic
 * {@code user.user}, keyed by user id. The full set, not a delta, so a consumer can apply the latest one and ignore
 * order problems.
 */
@EventType("user.authorities.changed.v1")
public record UserAuthoritiesChanged(UUID userId, UUID accountId, List<String> roles, List<String> permissions,
                                     List<UUID> warehouses, Instant occurredAt) implements EventPayload {

    public static final String TOPIC = "user.user";
}
