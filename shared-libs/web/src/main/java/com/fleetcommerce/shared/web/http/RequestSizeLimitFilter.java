package com.fleetcommerce.shared.web.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fleetcommerce.shared.web.problem.PayloadTooLargeException;
import com.fleetcommerce.shared.web.problem.ProblemResponseWriter;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above {@code platform.web.max-request-size} with 413 {@code payload-too-large}: at once when
 * {@code Content-Length} says so, and while reading when the body is chunked (a counting stream stops at the limit,
 * so nothing ever buffers more). Multipart uploads are left to {@code spring.servlet.multipart.*} limits.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter implements Ordered {

    /** Early, but after Boot's character-encoding and server-observation filters so problems carry a trace id. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private final long maxBytes;
    private final ProblemResponseWriter problems;

    public RequestSizeLimitFilter(long maxBytes, ProblemResponseWriter problems) {
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            problems.write(request, response, new PayloadTooLargeException(maxBytes));
            return;
        }
        try {
            chain.doFilter(new SizeLimitedRequest(request, maxBytes), response);
        }
        catch (PayloadTooLargeException ex) {
            // a later filter read the body itself (Spring MVC's exception handling answers everything after that)
            problems.write(request, response, ex);
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA.getType() + "/");
    }
}
