package com.fleetcommerce.shared.web.idempotency;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is calling, for scoping idempotency keys: the same key from two callers names two different requests.
 * Replace the bean to scope by tenant, API client, etc.
 */
@FunctionalInterface
public interface CallerResolver {

    String ANONYMOUS = "anonymous";

    String resolve(HttpServletRequest request);

    /** The servlet container's principal, for applications without Spring Security. */
    static CallerResolver servletPrincipal() {
        return request -> request.getUserPrincipal() != null && request.getUserPrincipal().getName() != null
                ? request.getUserPrincipal().getName() : ANONYMOUS;
    }
}
