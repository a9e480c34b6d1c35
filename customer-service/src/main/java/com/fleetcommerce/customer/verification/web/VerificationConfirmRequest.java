package com.fleetcommerce.customer.verification.web;

import com.fleetcommerce.customer.verification.domain.VerificationChannel;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record VerificationConfirmRequest(@NotNull VerificationChannel channel,
                                         @NotNull @Pattern(regexp = "\\d{6}", message = "must be 6 digits") String code) {
}
