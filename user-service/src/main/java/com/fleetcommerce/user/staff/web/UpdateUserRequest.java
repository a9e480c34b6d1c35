package com.fleetcommerce.user.staff.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Name, title and warehouses of a staff member (email and roles change elsewhere). */
public record UpdateUserRequest(@NotBlank @Size(max = 200) String name,
                                @Size(max = 200) String title,
                                @NotNull @Size(max = 200) List<@NotNull UUID> warehouseIds) {
}
