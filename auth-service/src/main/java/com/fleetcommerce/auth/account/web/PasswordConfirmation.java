package com.fleetcommerce.auth.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The password, confirming a sensitive change. */
public record PasswordConfirmation(@NotBlank @Size(max = 1024) String password) {
}
