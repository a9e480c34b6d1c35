package com.fleetcommerce.auth.account.application;

import java.util.UUID;

/** What a login or refresh answers: an access token, a new refresh token, and the session they belong to. */
public record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn, UUID sessionId) {
}
