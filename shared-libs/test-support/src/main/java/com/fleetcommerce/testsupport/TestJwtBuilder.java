package com.fleetcommerce.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Builds one test token; start from {@link TestJwts}. */
public final class TestJwtBuilder {

    private final String accountType;
    private final String subject;
    private final Set<String> roles = new LinkedHashSet<>();
    private final Set<String> permissions = new LinkedHashSet<>();
    private final Set<String> scopes = new LinkedHashSet<>();
    private final Map<String, Object> extraClaims = new LinkedHashMap<>();
    private String sessionId = UUID.randomUUID().toString();
    private String issuer = TestJwts.ISSUER;
    private Instant issuedAt = Instant.now();
    private Duration lifetime = Duration.ofMinutes(15);
    private boolean omitAccountType;
    private List<String> audience = List.of(TestJwts.AUDIENCE);
    private Instant notBefore;

    TestJwtBuilder(String accountType, String subject) {
        this.accountType = accountType;
        this.subject = subject;
    }

    public TestJwtBuilder roles(String... values) {
        roles.addAll(List.of(values));
        return this;
    }

    public TestJwtBuilder permissions(String... values) {
        permissions.addAll(List.of(values));
        return this;
    }

    public TestJwtBuilder scopes(String... values) {
        scopes.addAll(List.of(values));
        return this;
    }

    public TestJwtBuilder sessionId(String value) {
        sessionId = value;
        return this;
    }

    public TestJwtBuilder issuer(String value) {
        issuer = value;
        return this;
    }

    public TestJwtBuilder expiresIn(Duration value) {
        lifetime = value;
        return this;
    }

    /** A token that expired an hour ago. */
    public TestJwtBuilder expired() {
        issuedAt = Instant.now().minus(Duration.ofHours(2));
        lifetime = Duration.ofHours(1);
        return this;
    }

    /** Replaces the audience ({@link TestJwts#AUDIENCE} by default); no value leaves the claim out. */
    public TestJwtBuilder audience(String... values) {
        audience = List.of(values);
        return this;
    }

    /** A token that only becomes valid at {@code value} ({@code nbf}). */
    public TestJwtBuilder notBefore(Instant value) {
        notBefore = value;
        return this;
    }

    /** A staff member limited to these warehouses ({@code warehouses} claim, as auth-service issues it). */
    public TestJwtBuilder warehouses(UUID... ids) {
        return claim("warehouses", Arrays.stream(ids).map(UUID::toString).toList());
    }

    public TestJwtBuilder claim(String name, Object value) {
        extraClaims.put(name, value);
        return this;
    }

    public TestJwtBuilder withoutAccountType() {
        omitAccountType = true;
        return this;
    }

    /** Signed RS256 with the key published in the test JWKS. */
    public String token() {
        return sign(TestJwts.signingKey());
    }

    public String bearer() {
        return "Bearer " + token();
    }

    /** Signed RS256 with a key that is NOT in the JWKS: must be rejected. */
    public String tokenSignedWithUnknownKey() {
        return sign(TestJwts.unknownKey());
    }

    /** Signed HS256 with a shared secret (at least 32 bytes): must be rejected by an RS256-only service. */
    public String tokenSignedWithHmac(String secret) {
        try {
            return signWith(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)),
                    new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(TestJwts.signingKey().getKeyID()).build());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unsigned ({@code alg: none}) with these claims: must be rejected. */
    public String tokenWithAlgNone() {
        return new com.nimbusds.jwt.PlainJWT(claims()).serialize();
    }

    /**
     * HS256 with the published RSA public key's encoded bytes as the secret (the algorithm-confusion attack on
     * servers that take the algorithm from the token): must be rejected.
     */
    public String tokenSignedWithThePublicKeyAsHmacSecret() {
        try {
            byte[] secret = TestJwts.signingKey().toRSAPublicKey().getEncoded();
            return signWith(new MACSigner(secret),
                    new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(TestJwts.signingKey().getKeyID()).build());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Properly signed, then the payload swapped for one with {@code tamper} applied (signature no longer fits). */
    public String tamperedToken(String claim, Object value) {
        String[] parts = token().split("\\.");
        JWTClaimsSet changed = new JWTClaimsSet.Builder(claims()).claim(claim, value).build();
        String payload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(changed.toString().getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + payload + "." + parts[2];
    }

    public JWTClaimsSet claims() {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.copyOf(roles))
                .claim("permissions", List.copyOf(permissions))
                .claim("sid", sessionId);
        if (!audience.isEmpty()) {
            claims.audience(audience);
        }
        if (notBefore != null) {
            claims.notBeforeTime(Date.from(notBefore));
        }
        if (!omitAccountType) {
            claims.claim("account_type", accountType);
        }
        if (!scopes.isEmpty()) {
            claims.claim("scope", String.join(" ", scopes));
        }
        extraClaims.forEach(claims::claim);
        return claims.build();
    }

    private String sign(RSAKey key) {
        try {
            return signWith(new RSASSASigner(key),
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private String signWith(JWSSigner signer, JWSHeader header) throws JOSEException {
        SignedJWT jwt = new SignedJWT(header, claims());
        jwt.sign(signer);
        return jwt.serialize();
    }
}
