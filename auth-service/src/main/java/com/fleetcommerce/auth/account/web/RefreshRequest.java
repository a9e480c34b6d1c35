package com.fleetcommerce.auth.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Refresh-token rotation. */
public record RefreshRequest(@NotBlank @Size(max = 100) String refreshToken) {
}
