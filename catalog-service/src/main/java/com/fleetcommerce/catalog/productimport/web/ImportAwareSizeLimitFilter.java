package com.fleetcommerce.catalog.productimport.web;

import java.io.IOException;

import com.fleetcommerce.shared.web.http.RequestSizeLimitFilter;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The platform's request size limit with a second, larger limit for {@code POST /api/v1/products/import} only:
 * 10,000 products do not fit the platform's default (2 MB), and raising it for the whole service would let every
 * endpoint buffer bodies that large. Both limits are enforced by shared-web's own {@link RequestSizeLimitFilter}.
 */
final class ImportAwareSizeLimitFilter implements Filter {

    static final String IMPORT_PATH = "/api/v1/products/import";

    private final RequestSizeLimitFilter platformLimit;
    private final RequestSizeLimitFilter importLimit;

    ImportAwareSizeLimitFilter(RequestSizeLimitFilter platformLimit, RequestSizeLimitFilter importLimit) {
        this.platformLimit = platformLimit;
        this.importLimit = importLimit;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        (isImport(request) ? importLimit : platformLimit).doFilter(request, response, chain);
    }

    private static boolean isImport(ServletRequest request) {
        return request instanceof HttpServletRequest http && "POST".equals(http.getMethod())
                && IMPORT_PATH.equals(http.getRequestURI().substring(http.getContextPath().length()));
    }
}
