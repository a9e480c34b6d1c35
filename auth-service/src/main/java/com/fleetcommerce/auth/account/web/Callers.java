package com.fleetcommerce.auth.account.web;

import java.util.UUID;

import com.fleetcommerce.shared.security.principal.PlatformPrincipal;
import org.springframework.security.access.AccessDeniedException;

/** The account and session of a user token (customer or staff); anything else is refused. */
final class Callers {

    private Callers() {
    }

    static UUID accountId(PlatformPrincipal caller) {
        try {
            return UUID.fromString(caller.subject());
        } catch (IllegalArgumentException e) {
            throw new AccessDeniedException("Not a user token");
        }
    }

    static UUID sessionId(PlatformPrincipal caller) {
        try {
            return UUID.fromString(caller.sessionId());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new AccessDeniedException("Not a user token");
        }
    }
}
