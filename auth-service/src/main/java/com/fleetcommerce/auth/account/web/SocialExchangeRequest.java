package com.fleetcommerce.auth.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The one-time code from the social-login redirect. */
public record SocialExchangeRequest(@NotBlank @Size(max = 100) String code) {
}
