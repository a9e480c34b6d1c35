package com.fleetcommerce.user.staff.application;

import java.util.List;
import java.util.UUID;

/** What a new staff member needs: who they are, where they work and what they may do. */
public record CreateStaffUser(String email, String name, String title, List<UUID> warehouseIds, List<String> roles) {
}
