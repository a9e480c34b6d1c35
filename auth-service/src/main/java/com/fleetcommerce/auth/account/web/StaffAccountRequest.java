package com.fleetcommerce.auth.account.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A staff account pushed by user-service; {@code type} must be STAFF (customers register themselves). */
public record StaffAccountRequest(@NotBlank @Email @Size(max = 254) String email,
                                  @Pattern(regexp = "^\\+?[0-9 ()-]{6,20}$") String phone,
                                  @NotNull @Pattern(regexp = "STAFF", message = "must be STAFF") String type,
                                  @NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> roles,
                                  @NotNull @Size(max = 500) List<@NotBlank @Size(max = 100) String> permissions,
                                  @Size(max = 500) List<@NotNull UUID> warehouses) {

    /** The warehouses the member may act on; none (absent in the body too) when not limited to some. */
    public StaffAccountRequest {
        warehouses = warehouses == null ? List.of() : warehouses;
    }
}
