package com.fleetcommerce.auth.account.application;

import java.time.Instant;
import java.util.UUID;

/** One session of an account as a staff tool sees it: {@code endedAt} is null while it is live. */
public record AccountSessionView(UUID id, String device, String ip, Instant createdAt, Instant lastUsedAt,
                                 Instant endedAt) {
}
