package com.fleetcommerce.auth.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A TOTP code confirming the enrolment. */
public record TotpCodeRequest(@NotBlank @Pattern(regexp = "^[0-9]{6}$") String code) {
}
