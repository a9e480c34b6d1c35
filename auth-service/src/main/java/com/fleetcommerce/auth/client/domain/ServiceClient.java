package com.fleetcommerce.auth.client.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A service of the fleet allowed to get client-credentials tokens, with the scopes it may ask for. */
public record ServiceClient(String clientId, String secretHash, List<String> scopes) {

    public ServiceClient {
        scopes = List.copyOf(scopes);
    }

    /**
     * The scopes to grant for a request: all of the client's when none is asked for, the asked ones when each is
     * allowed, empty (refuse: {@code invalid_scope}) when any is not.
     */
    public Optional<List<String>> grant(String requested) {
        if (requested == null || requested.isBlank()) {
            return Optional.of(scopes);
        }
        Set<String> asked = new LinkedHashSet<>(List.of(requested.trim().split("\\s+")));
        return scopes.containsAll(asked) ? Optional.of(List.copyOf(asked)) : Optional.empty();
    }
}
