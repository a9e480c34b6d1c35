package com.fleetcommerce.shared.web.idempotency;

/** The parts of a first response that a replay reproduces. Header values may be null. */
public record StoredResponse(int status, String contentType, String location, String etag, byte[] body) {

    public StoredResponse {
        body = body == null ? new byte[0] : body;
    }
}
