package com.fleetcommerce.auth.account.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The full set of a staff account's roles and permissions (replaces the stored ones). */
public record AuthoritiesRequest(@NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> roles,
                                 @NotNull @Size(max = 500) List<@NotBlank @Size(max = 100) String> permissions) {
}
