package com.fleetcommerce.shared.web.problem;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Spring Security's answer to an authenticated caller lacking a permission, as a 403 {@code access-denied} problem.
 * A {@code SecurityFilterChain} plugs it in with {@code exceptionHandling(e -> e.accessDeniedHandler(...))};
 * {@link SecurityExceptionHandler} answers with it too.
 * <p>
 * An optional challenge handler may add a header first (a resource server passes Spring's
 * {@code BearerTokenAccessDeniedHandler} for RFC 6750 {@code error="insufficient_scope"}); the status and the body
 * are always this class's.
 */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    static final String DETAIL = "You are not allowed to perform this operation.";

    private final ProblemResponseWriter writer;
    private final AccessDeniedHandler challenge;

    public ProblemAccessDeniedHandler(ProblemResponseWriter writer) {
        this(writer, (request, response, ex) -> {
        });
    }

    /** @param challenge adds response headers (whatever status or body it writes is replaced by the problem) */
    public ProblemAccessDeniedHandler(ProblemResponseWriter writer, AccessDeniedHandler challenge) {
        this.writer = writer;
        this.challenge = challenge;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException, ServletException {
        challenge.handle(request, response, ex);
        writer.write(request, response, HttpStatus.FORBIDDEN, ProblemCodes.ACCESS_DENIED, DETAIL);
    }
}
