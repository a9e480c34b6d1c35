package com.fleetcommerce.auth.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Self-registration of a customer; the password policy is checked by the service (weak-password). */
public record RegisterRequest(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 1024) String password,
                              @Pattern(regexp = "^\\+?[0-9 ()-]{6,20}$") String phone) {
}
