package com.fleetcommerce.shared.web.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * A domain rule refused the request ({@code insufficient-stock}, {@code coupon-expired}, ...). The code is the
 * service's own stable identifier; the status must be a 4xx (a broken rule is the caller's problem, not a fault).
 */
public class BusinessRuleException extends ProblemException {

    /** A rule violation answered with 422 Unprocessable Content. */
    public BusinessRuleException(String code, String detail) {
        this(code, HttpStatus.UNPROCESSABLE_CONTENT, detail, Map.of());
    }

    public BusinessRuleException(String code, HttpStatusCode status, String detail) {
        this(code, status, detail, Map.of());
    }

    public BusinessRuleException(String code, HttpStatusCode status, String detail, Map<String, ?> properties) {
        super(code, requireClientError(status), detail, properties, null);
    }

    private static HttpStatusCode requireClientError(HttpStatusCode status) {
        if (status == null || !status.is4xxClientError()) {
            throw new IllegalArgumentException("a business rule answers with a 4xx status, not " + status);
        }
        return status;
    }
}
