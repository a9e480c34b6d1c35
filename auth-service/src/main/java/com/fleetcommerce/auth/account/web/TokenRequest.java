package com.fleetcommerce.auth.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A token from an email link (email verification). */
public record TokenRequest(@NotBlank @Size(max = 100) String token) {
}
