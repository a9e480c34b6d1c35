package com.fleetcommerce.auth.account.application;

import java.time.Instant;
import java.util.UUID;

/** One live session of the caller; {@code current} is the one of the access token in use. */
public record SessionView(UUID id, String device, String ip, Instant createdAt, Instant lastUsedAt, boolean current) {
}
