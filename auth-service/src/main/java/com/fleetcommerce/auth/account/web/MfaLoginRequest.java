package com.fleetcommerce.auth.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The second login step: {@code code} (TOTP) or {@code recoveryCode}. */
public record MfaLoginRequest(@NotBlank @Size(max = 100) String mfaToken, @Pattern(regexp = "^[0-9]{6}$") String code,
                              @Size(max = 40) String recoveryCode, @Size(max = 200) String device) {
}
