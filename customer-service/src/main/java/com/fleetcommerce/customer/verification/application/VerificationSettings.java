package com.fleetcommerce.customer.verification.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code customer.verification.*}: code lifetime, attempts, resend limits and the HMAC key for stored hashes. */
@ConfigurationProperties("customer.verification")
public record VerificationSettings(@DefaultValue("PT10M") Duration ttl, @DefaultValue("5") int maxAttempts,
                                   @DefaultValue("PT60S") Duration resendInterval, @DefaultValue("5") int maxPerHour,
                                   String hashSecret) {
}
