package com.fleetcommerce.auth.keys.application;

/** A signed access token and its lifetime in seconds (the {@code expires_in} of the answers). */
public record IssuedToken(String value, long expiresIn) {
}
