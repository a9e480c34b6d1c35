package com.fleetcommerce.gateway.support;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Where a request really came from, believing forwarding headers only from trusted proxies
 * ({@code platform.gateway.client-ip.trusted-proxies}). Reactor Netty's own forwarded-header support is left off
 * ({@code server.forward-headers-strategy}) because it believes any caller.
 */
public class ClientAddresses {

    private final Pattern trusted;

    public ClientAddresses(ClientIpProperties properties) {
        String proxies = properties.trustedProxies();
        this.trusted = Pattern.compile(proxies == null || proxies.isBlank() ? "(?!)" : proxies);
    }

    /**
     * The peer address, unless the peer is a trusted proxy: then the right-most {@code X-Forwarded-For} entry that is
     * not itself a trusted proxy (entries to its left were written by the client and prove nothing). Without this,
     * behind a load balancer every caller would share the balancer's address.
     */
    public String clientIp(ServerHttpRequest request) {
        String peer = peer(request);
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> forwarded = request.getHeaders().getValuesAsList("X-Forwarded-For");
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String hop = forwarded.get(i).trim();
            if (!hop.isEmpty() && !isTrusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    /** Whether the request reached the client over TLS: its own scheme, or a trusted proxy's X-Forwarded-Proto. */
    public boolean isHttps(ServerHttpRequest request) {
        if ("https".equalsIgnoreCase(request.getURI().getScheme())) {
            return true;
        }
        return isTrusted(peer(request))
                && "https".equalsIgnoreCase(request.getHeaders().getFirst("X-Forwarded-Proto"));
    }

    private static String peer(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    private boolean isTrusted(String address) {
        return trusted.matcher(address).matches();
    }
}
