package com.fleetcommerce.shared.web.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;

/** The request body is larger than the configured limit: 413 {@code payload-too-large}. */
public class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(long maxBytes) {
        super(ProblemCodes.PAYLOAD_TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE,
                "The request body exceeds the limit of " + maxBytes + " bytes.", Map.of("maxBytes", maxBytes), null);
    }
}
