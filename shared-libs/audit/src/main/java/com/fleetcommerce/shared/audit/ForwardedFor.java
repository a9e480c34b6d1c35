package com.fleetcommerce.shared.audit;

import java.util.List;
import java.util.Set;

/**
 * The client address of a request: the TCP peer, unless the peer is a trusted proxy, in which case the right-most
 * {@code X-Forwarded-For} hop that is not itself trusted (hops to its left could be forged by the client).
 */
final class ForwardedFor {

    private final Set<String> trusted;

    ForwardedFor(List<String> trustedProxies) {
        this.trusted = Set.copyOf(trustedProxies);
    }

    String clientAddress(String remoteAddress, String forwardedFor) {
        if (remoteAddress == null || !trusted.contains(remoteAddress) || forwardedFor == null
                || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop;
            }
        }
        return remoteAddress;
    }
}
