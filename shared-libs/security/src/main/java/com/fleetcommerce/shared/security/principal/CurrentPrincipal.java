package com.fleetcommerce.shared.security.principal;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller of the request (or of the work) in progress on this thread, for application services that need the
 * account id or session without threading it through every signature. Controllers may prefer
 * {@code @AuthenticationPrincipal PlatformPrincipal caller}.
 */
public final class CurrentPrincipal {

    private CurrentPrincipal() {
    }

    public static Optional<PlatformPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PlatformPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The caller; throws an {@code AuthenticationException} (answered with 401) when there is none. */
    public static PlatformPrincipal require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No authenticated platform caller"));
    }

    /** The subject (account id, or client id of a calling service), when there is a caller. */
    public static Optional<String> subject() {
        return get().map(PlatformPrincipal::subject);
    }
}
