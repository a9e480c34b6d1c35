package com.fleetcommerce.auth.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Asks for a password-reset link. */
public record ResetRequest(@NotBlank @Email @Size(max = 254) String email) {
}
