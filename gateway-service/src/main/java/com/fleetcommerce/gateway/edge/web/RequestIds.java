package com.fleetcommerce.gateway.edge.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.web.server.ServerWebExchange;

/** The request id of an exchange, as {@link RequestIdFilter} settled it. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

    /** Printable, short, no separators a log or header parser could trip on: what a proxy or client id looks like. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private RequestIds() {
    }

    public static String of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE) instanceof String id ? id : null;
    }

    static boolean isSane(String value) {
        return value != null && SANE.matcher(value).matches();
    }

    static String generate() {
        return UUID.randomUUID().toString();
    }
}
