package com.fleetcommerce.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.gateway.GatewayClient;
import com.fleetcommerce.gateway.GatewayIntegrationTest;
import com.fleetcommerce.gateway.TestUpstreams;
import com.fleetcommerce.testsupport.TestJwts;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every kind of bad token is refused at the edge with a 401 problem and never reaches the service. The protected
 * route used is {@code GET /api/v1/warehouses/<unique>}: the warehouse upstream records whether anything arrived.
 */
@GatewayIntegrationTest
class TokenValidationTest {

    @LocalServerPort
    int port;

    WebTestClient gateway;

    @BeforeEach
    void client() {
        gateway = GatewayClient.of(port);
    }

    @Test
    void aValidTokenPasses() {
        String path = protectedPath();
        gateway.get().uri(path).header("Authorization", GatewayClient.customer().bearer()).exchange()
                .expectStatus().isOk().expectBody();
        assertThat(TestUpstreams.WAREHOUSE.received(path)).hasSize(1);
    }

    @Test
    void noTokenOnAProtectedRoute() {
        String path = protectedPath();
        var response = gateway.get().uri(path).exchange();
        response
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("unauthenticated")
                .jsonPath("$.title").isEqualTo("Authentication required")
                .jsonPath("$.detail").isEqualTo("Authentication is required to access this resource.")
                .jsonPath("$.instance").isEqualTo(path)
                .jsonPath("$.traceId").value(traceId -> assertThat(traceId)
                        .isEqualTo(response.returnResult(String.class).getResponseHeaders().getFirst("X-Trace-Id"))
                        .asString().matches("[0-9a-f]{32}"));
        assertThat(TestUpstreams.WAREHOUSE.received(path)).isEmpty();
    }

    @Test
    void algNone() {
        String token = new PlainJWT(GatewayClient.customer().claims()).serialize();
        refused("Bearer " + token);
    }

    @Test
    void hs256SignedWithTheRsaPublicKey() throws Exception {
        // the classic key-confusion attack: the public key (which anyone can fetch) used as an HMAC secret
        RSAKey published = (RSAKey) JWKSet.load(URI.create(TestJwts.jwkSetUri()).toURL()).getKeys().getFirst();
        byte[] secret = published.toRSAPublicKey().getEncoded();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(published.getKeyID()).build(),
                GatewayClient.customer().claims());
        jwt.sign(new MACSigner(secret));
        refused("Bearer " + jwt.serialize());
        refused("Bearer " + GatewayClient.customer().tokenSignedWithHmac("a-shared-secret-of-at-least-32-bytes!!"));
    }

    @Test
    void expired() {
        refused(GatewayClient.customer().expired().bearer());
    }

    @Test
    void notYetValid() {
        refused(GatewayClient.customer().notBefore(Instant.now().plus(Duration.ofMinutes(10))).bearer());
    }

    @Test
    void wrongIssuer() {
        refused(GatewayClient.customer().issuer("http://evil.example").bearer());
    }

    @Test
    void wrongOrMissingAudience() {
        refused(TestJwts.customer().audience("another-api").bearer());
        refused(TestJwts.customer().audience().bearer());
    }

    @Test
    void unknownKey() {
        refused("Bearer " + GatewayClient.customer().tokenSignedWithUnknownKey());
    }

    @Test
    void tamperedPayload() {
        String[] parts = GatewayClient.customer().token().split("\\.");
        JWTClaimsSet elevated = new JWTClaimsSet.Builder(GatewayClient.staff().claims())
                .claim("permissions", List.of("catalog:write")).build();
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(elevated.toString().getBytes(StandardCharsets.UTF_8));
        refused("Bearer " + parts[0] + "." + payload + "." + parts[2]);
    }

    @Test
    void garbage() {
        refused("Bearer not-a-jwt");
    }

    @Test
    void anInvalidTokenIsRefusedOnAPublicRouteToo() {
        String path = "/api/v1/products/" + UUID.randomUUID();
        gateway.get().uri(path).header("Authorization", GatewayClient.customer().expired().bearer()).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("unauthenticated");
        assertThat(TestUpstreams.CATALOG.received(path)).isEmpty();
    }

    @Test
    void theSameRefusalOnRawHttp() throws Exception {
        // outside WebTestClient: what a browser or curl gets, headers and all
        String path = protectedPath();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", GatewayClient.customer().expired().bearer()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
        assertThat(response.body()).contains("\"code\":\"unauthenticated\"")
                .contains("\"detail\":\"The credentials are invalid or have expired.\"");
    }

    private void refused(String authorization) {
        String path = protectedPath();
        gateway.get().uri(path).header("Authorization", authorization).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("unauthenticated")
                .jsonPath("$.detail").isEqualTo("The credentials are invalid or have expired.");
        assertThat(TestUpstreams.WAREHOUSE.received(path)).isEmpty();
    }

    private static String protectedPath() {
        return "/api/v1/warehouses/" + UUID.randomUUID();
    }
}
