package com.fleetcommerce.shared.security.principal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a validated JWT into a {@link PlatformAuthenticationToken}. Authorities: each permission as is
 * ({@code inventory:write}), each role as {@code ROLE_<ROLE>}, each scope as {@code SCOPE_<scope>}, and the account type
 * as {@code ACCOUNT_<TYPE>}.
 * <p>
 * A token without a subject or without a known {@code account_type} is not a platform token, whoever signed it: it is
 * rejected with {@code invalid_token} (401) rather than let through with no identity.
 */
public class PlatformJwtAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String ROLE_PREFIX = "ROLE_";
    public static final String SCOPE_PREFIX = "SCOPE_";
    public static final String ACCOUNT_PREFIX = "ACCOUNT_";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        PlatformPrincipal principal = principalOf(jwt);
        return new PlatformAuthenticationToken(jwt, principal, authoritiesOf(principal));
    }

    public static PlatformPrincipal principalOf(Jwt jwt) {
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new InvalidBearerTokenException("The access token has no subject");
        }
        AccountType accountType = AccountType.fromClaim(jwt.getClaims().get(PlatformClaims.ACCOUNT_TYPE))
                .orElseThrow(() -> new InvalidBearerTokenException("The access token has no known account type"));
        Set<String> scopes = strings(jwt.getClaims().get(PlatformClaims.SCOPE));
        scopes.addAll(strings(jwt.getClaims().get(PlatformClaims.SCP)));
        return new PlatformPrincipal(subject, accountType,
                strings(jwt.getClaims().get(PlatformClaims.ROLES)),
                strings(jwt.getClaims().get(PlatformClaims.PERMISSIONS)),
                scopes,
                jwt.getClaimAsString(PlatformClaims.SESSION_ID),
                warehouses(jwt.getClaims().get(PlatformClaims.WAREHOUSES)));
    }

    public static Set<GrantedAuthority> authoritiesOf(PlatformPrincipal principal) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        principal.permissions().forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission)));
        principal.roles().forEach(role -> authorities.add(
                new SimpleGrantedAuthority(ROLE_PREFIX + role.toUpperCase(Locale.ROOT))));
        principal.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority(SCOPE_PREFIX + scope)));
        authorities.add(new SimpleGrantedAuthority(ACCOUNT_PREFIX + principal.accountType().name()));
        return authorities;
    }

    private static Set<UUID> warehouses(Object claim) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String value : strings(claim)) {
            try {
                ids.add(UUID.fromString(value));
            } catch (IllegalArgumentException notAnId) {
                throw new InvalidBearerTokenException("The access token has a malformed claim");
            }
        }
        return ids;
    }

    /** A JSON array of strings, or one string of space-separated values (the OAuth2 {@code scope} form). */
    private static Set<String> strings(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof String text) {
            for (String value : text.trim().split("\\s+")) {
                if (!value.isEmpty()) {
                    values.add(value);
                }
            }
        } else if (claim instanceof Collection<?> collection) {
            for (Object value : collection) {
                if (value instanceof String text && !text.isBlank()) {
                    values.add(text.trim());
                }
            }
        } else if (claim != null) {
            throw new InvalidBearerTokenException("The access token has a malformed claim");
        }
        return values;
    }
}
