package com.fleetcommerce.shared.observability.web;

import java.io.IOException;

import com.fleetcommerce.shared.observability.TraceIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Returns the request's trace id in a response header, so a client (or the person reporting a bug) can hand support
 * the one id that finds every log line and span of the request. It must run inside the HTTP observation filter,
 * which opens the span.
 */
public class TraceIdResponseHeaderFilter extends OncePerRequestFilter {

    private final String headerName;

    public TraceIdResponseHeaderFilter(String headerName) {
        this.headerName = headerName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TraceIds.current().ifPresent(traceId -> response.setHeader(headerName, traceId));
        chain.doFilter(request, response);
    }
}
