package com.fleetcommerce.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

class TestJwtsTest {

    @Test
    void mintedTokensVerifyAgainstThePublishedJwksAndCarryThePlatformClaims() throws Exception {
        String token = TestJwts.staff("acc-1").roles("admin").permissions("inventory:write").sessionId("s-1").token();

        JWKSet jwks = JWKSet.parse(fetch(TestJwts.jwkSetUri()));
        SignedJWT jwt = SignedJWT.parse(token);
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");

        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("acc-1");
        assertThat(claims.getStringClaim("account_type")).isEqualTo("staff");
        assertThat(claims.getStringListClaim("roles")).containsExactly("admin");
        assertThat(claims.getStringListClaim("permissions")).containsExactly("inventory:write");
        assertThat(claims.getStringClaim("sid")).isEqualTo("s-1");
        assertThat(claims.getExpirationTime()).isInTheFuture();
    }

    @Test
    void serviceTokensCarryScopesAndUnknownKeyTokensDoNotVerify() throws Exception {
        String token = TestJwts.service("order-service").scopes("inventory.reserve", "prices.read").token();
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("scope"))
                .isEqualTo("inventory.reserve prices.read");
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getClaims()).as("no one logged in: no session")
                .doesNotContainKey("sid");

        JWKSet jwks = JWKSet.parse(fetch(TestJwts.jwkSetUri()));
        SignedJWT forged = SignedJWT.parse(TestJwts.customer().tokenSignedWithUnknownKey());
        assertThat(jwks.getKeyByKeyId(forged.getHeader().getKeyID())).isNull();
        assertThat(forged.verify(new RSASSAVerifier((RSAKey) jwks.getKeys().getFirst()))).isFalse();
        assertThat(SignedJWT.parse(TestJwts.customer().expired().token()).getJWTClaimsSet().getExpirationTime())
                .isInThePast();
    }

    private static String fetch(String uri) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(uri)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
    }

    @Test
    void theTokenEndpointIssuesClientCredentialsServiceTokensAndRefusesOtherGrants() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String basic = "Basic " + java.util.Base64.getEncoder()
                .encodeToString("catalog-service:local-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> issued = client.send(HttpRequest.newBuilder(URI.create(TestJwts.tokenUri()))
                .header("Authorization", basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=inventory%3Aread"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).isEqualTo(200);
        String token = issued.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        var claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("catalog-service");
        assertThat(claims.getStringClaim("account_type")).isEqualTo("service");
        assertThat(claims.getStringClaim("scope")).isEqualTo("inventory:read");

        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create(TestJwts.tokenUri()))
                .header("Authorization", basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
    }
}
