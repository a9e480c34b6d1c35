package com.fleetcommerce.auth.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Sets a new password with the emailed token. */
public record ResetPasswordRequest(@NotBlank @Size(max = 100) String token, @NotBlank @Size(max = 1024) String newPassword) {
}
