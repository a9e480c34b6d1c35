package com.fleetcommerce.auth.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.fleetcommerce.auth.AuthApi;
import com.fleetcommerce.auth.AuthIntegrationTest;
import com.fleetcommerce.auth.keys.application.SigningKeys;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Forged and broken tokens are refused with 401 at a protected endpoint. Each forgery starts from the claims of a
 * real, live session, and the same claims correctly signed are accepted, so each refusal is for the one broken thing.
 */
@AuthIntegrationTest
class TokenAttacksTest {

    @LocalServerPort
    int port;

    @Autowired
    SigningKeys keys;

    AuthApi api;
    JsonNode session;
    String accountId;

    @BeforeEach
    void setUp() throws Exception {
        api = new AuthApi(port);
        session = api.newCustomerSession();
        accountId = SignedJWT.parse(session.path("accessToken").asString()).getJWTClaimsSet().getSubject();
    }

    private JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer("http://127.0.0.1:8081").audience(List.of("fleetcommerce")).subject(accountId)
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)))
                .jwtID(UUID.randomUUID().toString()).claim("account_type", "customer")
                .claim("roles", List.of("customer")).claim("permissions", List.of())
                .claim("sid", session.path("sessionId").asString());
        change.accept(builder);
        return builder.build();
    }

    private static String sign(JWSSigner signer, JWSHeader header, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    private String signedWithActiveKey(JWTClaimsSet claims) throws Exception {
        RSAKey key = keys.activeKey();
        return sign(new RSASSASigner(key), new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
    }

    private void assertRefused(String token, String what) {
        assertThat(api.me(token).status()).as(what).isEqualTo(401);
    }

    @Test
    void theControlTokenIsAccepted() throws Exception {
        assertThat(api.me(signedWithActiveKey(claims(c -> { }))).status()).isEqualTo(200);
    }

    @Test
    void unsignedTokensAreRefused() {
        assertRefused(new PlainJWT(claims(c -> { })).serialize(), "alg none");
    }

    @Test
    void hmacSignedWithThePublicKeyIsRefused() throws Exception {
        RSAKey key = keys.activeKey();
        byte[] publicKeyBytes = key.toRSAPublicKey().getEncoded();
        assertRefused(sign(new MACSigner(publicKeyBytes), new JWSHeader.Builder(JWSAlgorithm.HS256)
                .keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims(c -> { })), "HS256 with the public key");
        byte[] jwkJson = key.toPublicJWK().toJSONString().getBytes();
        assertRefused(sign(new MACSigner(jwkJson), new JWSHeader.Builder(JWSAlgorithm.HS256)
                .keyID(key.getKeyID()).build(), claims(c -> { })), "HS256 with the public JWK");
    }

    @Test
    void expiredAndNotYetValidTokensAreRefused() throws Exception {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        assertRefused(signedWithActiveKey(claims(c -> c.issueTime(Date.from(past)).notBeforeTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofHours(1)))))), "expired");
        Instant future = Instant.now().plus(Duration.ofMinutes(10));
        assertRefused(signedWithActiveKey(claims(c -> c.notBeforeTime(Date.from(future))
                .expirationTime(Date.from(future.plusSeconds(600))))), "nbf in the future");
    }

    @Test
    void wrongIssuerOrAudienceIsRefused() throws Exception {
        assertRefused(signedWithActiveKey(claims(c -> c.issuer("https://evil.example"))), "issuer");
        assertRefused(signedWithActiveKey(claims(c -> c.audience(List.of("another-platform")))), "audience");
        assertRefused(signedWithActiveKey(claims(c -> c.audience((String) null))), "no audience");
    }

    @Test
    void anUnknownKeyIsRefused() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("unknown-kid").generate();
        assertRefused(sign(new RSASSASigner(stranger), new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("unknown-kid")
                .type(JOSEObjectType.JWT).build(), claims(c -> { })), "unknown kid");
        assertRefused(sign(new RSASSASigner(stranger), new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(keys.activeKey().getKeyID()).type(JOSEObjectType.JWT).build(), claims(c -> { })),
                "known kid, other key");
    }

    @Test
    void aTamperedPayloadIsRefused() throws Exception {
        String[] parts = session.path("accessToken").asString().split("\\.");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims(c -> c.claim("account_type", "staff").claim("roles", List.of("admin"))
                        .claim("permissions", List.of("auth:keys:manage"))).toString().getBytes());
        assertRefused(parts[0] + "." + forged + "." + parts[2], "tampered payload");
        assertThat(api.me(session.path("accessToken").asString()).status()).isEqualTo(200);
    }
}
