package com.fleetcommerce.gateway.support;

import java.util.Locale;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One {@code METHOD:pattern} or {@code pattern} entry of the gateway's path lists (public paths, rate-limit classes),
 * in the same form as shared-security's {@code platform.security.public-paths}, so one list reads the same in every
 * service. A {@code GET} entry also matches {@code HEAD}.
 *
 * @param method null for every method
 */
public record MethodPathPattern(HttpMethod method, String pattern, PathPattern compiled) {

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");

    public static MethodPathPattern parse(String entry) {
        String value = entry.trim();
        int colon = value.indexOf(':');
        HttpMethod method = null;
        if (colon > 0 && METHODS.contains(value.substring(0, colon).trim().toUpperCase(Locale.ROOT))) {
            method = HttpMethod.valueOf(value.substring(0, colon).trim().toUpperCase(Locale.ROOT));
            value = value.substring(colon + 1).trim();
        }
        if (!value.startsWith("/")) {
            throw new IllegalArgumentException("Path entry '" + entry
                    + "' must be a path pattern starting with '/', optionally prefixed with 'METHOD:'");
        }
        return new MethodPathPattern(method, value, PathPatternParser.defaultInstance.parse(value));
    }

    public boolean matches(ServerHttpRequest request) {
        return matches(request.getMethod(), request.getPath().pathWithinApplication());
    }

    public boolean matches(HttpMethod requestMethod, PathContainer path) {
        if (method != null && !method.equals(requestMethod)
                && !(HttpMethod.GET.equals(method) && HttpMethod.HEAD.equals(requestMethod))) {
            return false;
        }
        return compiled.matches(path);
    }
}
