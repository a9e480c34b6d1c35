package com.fleetcommerce.shared.web.problem;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Spring Security's answer to an unauthenticated request, as a 401 {@code unauthenticated} problem. A
 * {@code SecurityFilterChain} plugs it in with {@code exceptionHandling(e -> e.authenticationEntryPoint(...))};
 * {@link SecurityExceptionHandler} answers with it too, so a 401 looks the same wherever it is raised.
 * <p>
 * The {@code WWW-Authenticate} challenge a 401 must carry (RFC 9110 section 11.6.1) is left to a challenge entry
 * point, so a resource server can pass Spring's {@code BearerTokenAuthenticationEntryPoint} and keep its RFC 6750
 * {@code error="invalid_token"} details; the status and the body are always this class's.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    static final String DETAIL_MISSING = "Authentication is required to access this resource.";
    static final String DETAIL_REJECTED = "The credentials are invalid or have expired.";

    private final ProblemResponseWriter writer;
    private final AuthenticationEntryPoint challenge;

    /** Answers with the bare challenge {@code WWW-Authenticate: Bearer}. */
    public ProblemAuthenticationEntryPoint(ProblemResponseWriter writer) {
        this(writer, "Bearer");
    }

    /** @param challenge the fixed {@code WWW-Authenticate} value */
    public ProblemAuthenticationEntryPoint(ProblemResponseWriter writer, String challenge) {
        this(writer, (request, response, ex) -> response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge));
    }

    /**
     * @param challenge sets the {@code WWW-Authenticate} header (whatever status or body it writes is replaced by the
     *                  problem)
     */
    public ProblemAuthenticationEntryPoint(ProblemResponseWriter writer, AuthenticationEntryPoint challenge) {
        this.writer = writer;
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException, ServletException {
        challenge.commence(request, response, ex);
        // credentials that were sent and refused get a different hint from none at all; never why they were refused
        String detail = ex == null || ex instanceof InsufficientAuthenticationException ? DETAIL_MISSING : DETAIL_REJECTED;
        writer.write(request, response, HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHENTICATED, detail);
    }
}
