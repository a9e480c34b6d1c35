package com.fleetcommerce.shared.web.problem;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Security exceptions raised inside a controller (method security, explicit checks) answered exactly as the filter
 * chain answers them, by the same {@link ProblemAuthenticationEntryPoint} (401 {@code unauthenticated} when nobody is
 * logged in) and {@link ProblemAccessDeniedHandler} (403 {@code access-denied} otherwise) — the decision Spring
 * Security's {@code ExceptionTranslationFilter} makes. Registered only when Spring Security is on the classpath, and
 * asked before {@link PlatformExceptionHandler}'s catch-all.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class SecurityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(SecurityExceptionHandler.class);

    private final ProblemAuthenticationEntryPoint entryPoint;
    private final ProblemAccessDeniedHandler accessDeniedHandler;
    private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

    public SecurityExceptionHandler(ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler accessDeniedHandler) {
        this.entryPoint = entryPoint;
        this.accessDeniedHandler = accessDeniedHandler;
    }

    @ExceptionHandler(AccessDeniedException.class)
    public void handleAccessDenied(AccessDeniedException ex, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || trustResolver.isAnonymous(authentication) || !authentication.isAuthenticated()) {
            entryPoint.commence(request, response,
                    new InsufficientAuthenticationException("Full authentication is required to access this resource", ex));
            return;
        }
        log.debug("Access denied to {} for {} {}", authentication.getName(), request.getMethod(), request.getRequestURI());
        accessDeniedHandler.handle(request, response, ex);
    }

    @ExceptionHandler(AuthenticationException.class)
    public void handleAuthentication(AuthenticationException ex, HttpServletRequest request,
            HttpServletResponse response) throws IOException, ServletException {
        entryPoint.commence(request, response, ex);
    }
}
