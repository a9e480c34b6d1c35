package com.fleetcommerce.user.rbac.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A custom role: name (only on creation), description, the full permission set. */
public record RoleRequest(@Size(max = 64) String name,
                          @Size(max = 500) String description,
                          @NotNull @Size(max = 100) List<@NotBlank @Size(max = 100) String> permissions) {
}
