package com.fleetcommerce.auth.ratelimit;

import java.util.Set;

import com.fleetcommerce.auth.config.AuthProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The caller's address for rate limits and the session list: the TCP peer, unless the peer is a configured trusted
 * proxy ({@code platform.auth.trusted-proxies}); then the right-most {@code X-Forwarded-For} entry that is not itself
 * a trusted proxy (entries left of it are whatever the client chose to send).
 */
@Component
public class ClientAddresses {

    private final Set<String> trustedProxies;

    public ClientAddresses(AuthProperties properties) {
        this.trustedProxies = Set.copyOf(properties.trustedProxies());
    }

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || !trustedProxies.contains(remote)) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }
}
