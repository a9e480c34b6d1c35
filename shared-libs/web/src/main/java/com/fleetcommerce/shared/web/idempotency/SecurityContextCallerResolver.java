package com.fleetcommerce.shared.web.idempotency;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated principal's name (the token's {@code sub}) from Spring Security, else {@code anonymous}. */
public class SecurityContextCallerResolver implements CallerResolver {

    private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

    @Override
    public String resolve(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && !trustResolver.isAnonymous(authentication)
                && authentication.getName() != null) {
            return authentication.getName();
        }
        return ANONYMOUS;
    }
}
