package com.fleetcommerce.gateway.edge.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A streamed (chunked) body grew past its limit while being passed on: a 413, never a failure of the service. */
public class RequestBodyTooLargeException extends ResponseStatusException {

    public RequestBodyTooLargeException(long limit) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, "The request body exceeds the limit of " + limit + " bytes.");
    }
}
