package com.fleetcommerce.customer.verification.application;

import java.util.Map;

import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import org.springframework.http.HttpStatus;

/** 429: a code was requested too recently; the web layer adds {@code Retry-After}. */
public class ResendTooSoonException extends BusinessRuleException {

    private final long retryAfterSeconds;

    public ResendTooSoonException(long retryAfterSeconds) {
        super("too-many-requests", HttpStatus.TOO_MANY_REQUESTS,
                "A code was requested too recently. Try again in " + retryAfterSeconds + " seconds.",
                Map.of("retryAfterSeconds", retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
