package com.fleetcommerce.user.staff.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new staff member. */
public record CreateUserRequest(@NotBlank @Email @Size(max = 254) String email,
                                @NotBlank @Size(max = 200) String name,
                                @Size(max = 200) String title,
                                @NotNull @Size(max = 200) List<@NotNull UUID> warehouseIds,
                                @NotNull @Size(max = 50) List<@NotBlank @Size(max = 64) String> roles) {
}
