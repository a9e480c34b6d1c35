package com.fleetcommerce.customer.verification.web;

import com.fleetcommerce.customer.verification.domain.VerificationChannel;
import jakarta.validation.constraints.NotNull;

public record VerificationRequest(@NotNull VerificationChannel channel) {
}
