package com.fleetcommerce.gateway.bff.application;

/**
 * The required part's service refused the request (404 for an unknown product, 401 for a token it does not accept):
 * its answer is passed through to the caller unchanged.
 */
public class UpstreamAnswerException extends RuntimeException {

    private final transient UpstreamResponse response;

    public UpstreamAnswerException(UpstreamResponse response) {
        super("upstream answered " + response.status());
        this.response = response;
    }

    public UpstreamResponse response() {
        return response;
    }
}
