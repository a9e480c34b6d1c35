package com.fleetcommerce.shared.security.principal;

import java.util.Collection;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * An authenticated platform access token: the principal is the {@link PlatformPrincipal} (so
 * {@code @AuthenticationPrincipal PlatformPrincipal caller} works), the credentials and {@link #getToken()} the
 * validated {@link Jwt}, the name the subject.
 */
public class PlatformAuthenticationToken extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    private final PlatformPrincipal platformPrincipal;

    public PlatformAuthenticationToken(Jwt jwt, PlatformPrincipal principal,
                                       Collection<? extends GrantedAuthority> authorities) {
        super(jwt, principal, jwt, authorities);
        this.platformPrincipal = principal;
        setAuthenticated(true);
    }

    public PlatformPrincipal platformPrincipal() {
        return platformPrincipal;
    }

    @Override
    public String getName() {
        return platformPrincipal.subject();
    }

    @Override
    public Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }
}
