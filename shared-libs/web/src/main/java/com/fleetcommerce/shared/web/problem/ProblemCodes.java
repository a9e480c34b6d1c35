package com.fleetcommerce.shared.web.problem;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * The stable, machine-readable problem codes of the platform. Clients switch on these, so a code is never renamed;
 * the {@code type} URI of a problem is derived from it.
 */
public final class ProblemCodes {

    public static final String VALIDATION_FAILED = "validation-failed";
    public static final String MALFORMED_REQUEST = "malformed-request";
    public static final String MISSING_PARAMETER = "missing-parameter";
    public static final String MISSING_HEADER = "missing-header";
    public static final String BAD_REQUEST = "bad-request";
    public static final String UNAUTHENTICATED = "unauthenticated";
    public static final String ACCESS_DENIED = "access-denied";
    public static final String NOT_FOUND = "not-found";
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    public static final String NOT_ACCEPTABLE = "not-acceptable";
    public static final String CONFLICT = "conflict";
    public static final String PRECONDITION_FAILED = "precondition-failed";
    public static final String PAYLOAD_TOO_LARGE = "payload-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String UNPROCESSABLE = "unprocessable";
    public static final String CURRENCY_MISMATCH = "currency-mismatch";
    public static final String PRECONDITION_REQUIRED = "precondition-required";
    public static final String TOO_MANY_REQUESTS = "too-many-requests";
    public static final String INTERNAL_ERROR = "internal-error";
    public static final String SERVICE_UNAVAILABLE = "service-unavailable";
    public static final String INVALID_IDEMPOTENCY_KEY = "invalid-idempotency-key";
    public static final String IDEMPOTENCY_KEY_REQUIRED = "idempotency-key-required";
    public static final String IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused";
    public static final String IDEMPOTENCY_REQUEST_IN_PROGRESS = "idempotency-request-in-progress";

    private static final Map<Integer, String> BY_STATUS = Map.ofEntries(
            Map.entry(400, BAD_REQUEST),
            Map.entry(401, UNAUTHENTICATED),
            Map.entry(403, ACCESS_DENIED),
            Map.entry(404, NOT_FOUND),
            Map.entry(405, METHOD_NOT_ALLOWED),
            Map.entry(406, NOT_ACCEPTABLE),
            Map.entry(409, CONFLICT),
            Map.entry(412, PRECONDITION_FAILED),
            Map.entry(413, PAYLOAD_TOO_LARGE),
            Map.entry(415, UNSUPPORTED_MEDIA_TYPE),
            Map.entry(422, UNPROCESSABLE),
            Map.entry(428, PRECONDITION_REQUIRED),
            Map.entry(429, TOO_MANY_REQUESTS),
            Map.entry(500, INTERNAL_ERROR),
            Map.entry(503, SERVICE_UNAVAILABLE));

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry(VALIDATION_FAILED, "Validation failed"),
            Map.entry(MALFORMED_REQUEST, "Malformed request"),
            Map.entry(MISSING_PARAMETER, "Missing request parameter"),
            Map.entry(MISSING_HEADER, "Missing request header"),
            Map.entry(BAD_REQUEST, "Bad request"),
            Map.entry(UNAUTHENTICATED, "Authentication required"),
            Map.entry(ACCESS_DENIED, "Access denied"),
            Map.entry(NOT_FOUND, "Resource not found"),
            Map.entry(METHOD_NOT_ALLOWED, "Method not allowed"),
            Map.entry(NOT_ACCEPTABLE, "Not acceptable"),
            Map.entry(CONFLICT, "Conflict"),
            Map.entry(PRECONDITION_FAILED, "Precondition failed"),
            Map.entry(PAYLOAD_TOO_LARGE, "Payload too large"),
            Map.entry(UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
            Map.entry(UNPROCESSABLE, "Unprocessable request"),
            Map.entry(CURRENCY_MISMATCH, "Currency mismatch"),
            Map.entry(PRECONDITION_REQUIRED, "Precondition required"),
            Map.entry(TOO_MANY_REQUESTS, "Too many requests"),
            Map.entry(INTERNAL_ERROR, "Internal error"),
            Map.entry(SERVICE_UNAVAILABLE, "Service unavailable"),
            Map.entry(INVALID_IDEMPOTENCY_KEY, "Invalid Idempotency-Key"),
            Map.entry(IDEMPOTENCY_KEY_REQUIRED, "Idempotency-Key required"),
            Map.entry(IDEMPOTENCY_KEY_REUSED, "Idempotency-Key reused"),
            Map.entry(IDEMPOTENCY_REQUEST_IN_PROGRESS, "Request in progress"));

    private ProblemCodes() {
    }

    /** The default code for a status that has no more specific cause. */
    public static String forStatus(int status) {
        return BY_STATUS.getOrDefault(status, "http-" + status);
    }

    private static int parseStatus(String digits) {
        try {
            return Integer.parseInt(digits);
        }
        catch (NumberFormatException ex) {
            return -1;
        }
    }

    /** A short human title; codes invented by services get their words capitalised ("insufficient-stock" -> "Insufficient stock"). */
    public static String titleOf(String code) {
        String known = TITLES.get(code);
        if (known != null) {
            return known;
        }
        if (code.startsWith("http-")) {
            HttpStatus status = HttpStatus.resolve(parseStatus(code.substring(5)));
            if (status != null) {
                return status.getReasonPhrase();
            }
        }
        String words = code.replace('-', ' ').replace('_', ' ').trim();
        if (words.isEmpty()) {
            return "Error";
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
