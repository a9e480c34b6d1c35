package com.fleetcommerce.testsupport;

import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * Mints RS256 access tokens with the platform's claim model for tests.
 *
 * <p>The key pair is generated once per JVM (nothing is committed); its public half is served by an in-JVM JWKS
 * endpoint ({@link #jwkSetUri()}), which {@link WithTestJwtIssuer} wires into the service under test.
 */
public final class TestJwts {

    public static final String ISSUER = "http://auth-service.test";
    /** The platform's audience, as auth-service issues it and every service expects it. */
    public static final String AUDIENCE = "fleetcommerce";

    private static final class Keys {
        // a new key every JVM, so a new kid too: auth-service keeps imported keys by kid in a database that outlives
        // the test run, and must never take a later run's key for an earlier one
        static final RSAKey SIGNING = generate("test-key-" + UUID.randomUUID());
        static final RSAKey UNKNOWN = generate("unknown-key");
        static final TestJwksServer JWKS = new TestJwksServer(new JWKSet(SIGNING.toPublicJWK()));

        private static RSAKey generate(String kid) {
            try {
                return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.RS256).generate();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private TestJwts() {
    }

    public static TestJwtBuilder staff(String accountId) {
        return new TestJwtBuilder("staff", accountId);
    }

    public static TestJwtBuilder staff() {
        return staff(UUID.randomUUID().toString());
    }

    public static TestJwtBuilder customer(String accountId) {
        return new TestJwtBuilder("customer", accountId);
    }

    public static TestJwtBuilder customer() {
        return customer(UUID.randomUUID().toString());
    }

    /** A client-credentials token of another service; {@code sub} is the client id. */
    /** A client-credentials token: like auth-service's, it has no session ({@code sid}), since no one logged in. */
    public static TestJwtBuilder service(String clientId) {
        return new TestJwtBuilder("service", clientId).sessionId(null);
    }

    public static String jwkSetUri() {
        return Keys.JWKS.uri();
    }

    /** Client-credentials token endpoint of the test issuer (HTTP Basic client id, any secret). */
    public static String tokenUri() {
        return Keys.JWKS.tokenUri();
    }

    public static String issuer() {
        return ISSUER;
    }

    /**
     * The test issuer's private signing key as a JWK (JSON): a fleet started by the system tests gives it to
     * auth-service ({@code platform.auth.import-signing-key}), so the tokens auth-service issues and the ones minted
     * here are signed alike and every member trusts both. Never anything but a test key.
     */
    public static String signingKeyJwk() {
        return Keys.SIGNING.toJSONString();
    }

    static RSAKey signingKey() {
        return Keys.SIGNING;
    }

    static RSAKey unknownKey() {
        return Keys.UNKNOWN;
    }
}
