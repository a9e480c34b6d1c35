package com.fleetcommerce.shared.web.idempotency;

import com.fleetcommerce.shared.web.problem.ProblemCodes;
import com.fleetcommerce.shared.web.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** 428 {@code idempotency-key-required}: the endpoint is marked {@link IdempotencyKeyRequired}. */
public class IdempotencyKeyRequiredException extends ProblemException {

    public IdempotencyKeyRequiredException() {
        super(ProblemCodes.IDEMPOTENCY_KEY_REQUIRED, HttpStatus.PRECONDITION_REQUIRED,
                "This operation requires an Idempotency-Key header (a unique value per logical request, "
                        + "reused unchanged on retries).");
    }
}
