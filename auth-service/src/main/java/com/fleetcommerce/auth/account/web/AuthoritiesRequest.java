package com.fleetcommerce.auth.account.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The full set of a staff account's roles, permissions and warehouses (replaces the stored ones). No warehouses (or
 * none given) means the member is not limited to some.
 */
public record AuthoritiesRequest(@NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> roles,
                                 @NotNull @Size(max = 500) List<@NotBlank @Size(max = 100) String> permissions,
                                 @Size(max = 500) List<@NotNull UUID> warehouses) {

    public AuthoritiesRequest {
        warehouses = warehouses == null ? List.of() : warehouses;
    }
}
