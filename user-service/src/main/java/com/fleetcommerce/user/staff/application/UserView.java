package com.fleetcommerce.user.staff.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.user.staff.domain.UserStatus;

/** A staff user as the API shows it, with the effective permissions of their roles. */
public record UserView(UUID id, UUID accountId, String email, String name, String title, UserStatus status,
                       List<UUID> warehouseIds, List<String> roles, List<String> permissions, long version,
                       Instant createdAt, Instant updatedAt) {
}
