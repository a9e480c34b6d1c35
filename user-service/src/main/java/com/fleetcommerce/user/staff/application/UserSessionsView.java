package com.fleetcommerce.user.staff.application;

import java.util.List;
import java.util.UUID;

/** A staff member's sessions, newest login first. */
public record UserSessionsView(UUID userId, UUID accountId, List<SessionView> sessions) {
}
