package com.fleetcommerce.shared.security;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fleetcommerce.shared.security.principal.PlatformPrincipal;

/** What an endpoint saw of its caller; returned as JSON so tests can check every field. */
public record CallerView(String subject, String accountType, Set<String> roles, Set<String> permissions,
                         Set<String> scopes, String sessionId, Set<UUID> warehouses, String authenticationName,
                         String currentPrincipalSubject, List<String> authorities) {

    static CallerView of(PlatformPrincipal principal, String authenticationName, String currentSubject,
                         List<String> authorities) {
        return new CallerView(principal.subject(), principal.accountType().name(), principal.roles(),
                principal.permissions(), principal.scopes(), principal.sessionId(), principal.warehouses(),
                authenticationName,
                currentSubject, authorities);
    }
}
