package com.fleetcommerce.auth.ratelimit;

import java.time.Duration;
import java.util.Map;

import com.fleetcommerce.shared.web.problem.ProblemCodes;
import com.fleetcommerce.shared.web.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** 429 {@code too-many-requests}; {@link RateLimitAdvice} adds the {@code Retry-After} header. */
public class RateLimitExceededException extends ProblemException {

    private final Duration retryAfter;

    public RateLimitExceededException(Duration retryAfter) {
        super(ProblemCodes.TOO_MANY_REQUESTS, HttpStatus.TOO_MANY_REQUESTS, "Too many attempts from this address; try again later",
                Map.of("retryAfterSeconds", seconds(retryAfter)), null);
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
