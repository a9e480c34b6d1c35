package com.fleetcommerce.auth.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.fleetcommerce.auth.AuthIntegrationTest;
import com.fleetcommerce.auth.keys.application.SigningKeys;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The client-credentials grant for the fleet's services: both client authentication methods, RFC 6749 errors. */
@AuthIntegrationTest
class ClientCredentialsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    SigningKeys keys;

    @Autowired
    JdbcTemplate jdbc;

    private record Answer(int status, HttpHeaders headers, JsonNode body) {
    }

    private Answer token(String basic, String form) {
        RestClient.RequestBodySpec request = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (req, res) -> { }).build()
                .post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (basic != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Basic " + basic);
        }
        ResponseEntity<String> response = request.body(form).retrieve().toEntity(String.class);
        return new Answer(response.getStatusCode().value(), response.getHeaders(), JSON.readTree(response.getBody()));
    }

    private static String basic(String id, String secret) {
        return Base64.getEncoder().encodeToString((URLEncoder.encode(id, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void clientSecretBasicGetsAServiceToken() throws Exception {
        Answer answer = token(basic("catalog-service", "local-only-catalog-secret"), "grant_type=client_credentials");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("token_type").asString()).isEqualTo("Bearer");
        assertThat(answer.body().path("expires_in").asLong()).isEqualTo(900);
        assertThat(answer.body().path("scope").asString()).isEqualTo("inventory:read");
        assertThat(answer.headers().getCacheControl()).contains("no-store");
        SignedJWT jwt = SignedJWT.parse(answer.body().path("access_token").asString());
        assertThat(jwt.verify(new RSASSAVerifier(keys.activeKey().toRSAPublicKey()))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("catalog-service");
        assertThat(claims.getStringClaim("account_type")).isEqualTo("service");
        assertThat(claims.getStringClaim("scope")).isEqualTo("inventory:read");
        assertThat(claims.getClaim("sid")).isNull();
        assertThat(claims.getAudience()).containsExactly("fleetcommerce");
        assertThat(jdbc.queryForObject("select secret_hash from service_client where client_id = 'catalog-service'",
                String.class)).startsWith("{argon2}");
    }

    @Test
    void clientSecretPostWithARequestedScopeWorks() {
        Answer answer = token(null, "grant_type=client_credentials&client_id=user-service"
                + "&client_secret=local-only-user-secret&scope=accounts%3Awrite");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("scope").asString()).isEqualTo("accounts:write");
    }

    @Test
    void badClientsAndRequestsGetRfc6749Errors() {
        Answer wrongSecret = token(basic("catalog-service", "nope"), "grant_type=client_credentials");
        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(wrongSecret.body().path("error").asString()).isEqualTo("invalid_client");
        assertThat(wrongSecret.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");

        Answer unknown = token(basic("nobody", "local-only-catalog-secret"), "grant_type=client_credentials");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body().path("error").asString()).isEqualTo("invalid_client");

        Answer noAuth = token(null, "grant_type=client_credentials");
        assertThat(noAuth.status()).isEqualTo(401);

        Answer scope = token(basic("catalog-service", "local-only-catalog-secret"),
                "grant_type=client_credentials&scope=accounts%3Awrite");
        assertThat(scope.status()).isEqualTo(400);
        assertThat(scope.body().path("error").asString()).isEqualTo("invalid_scope");

        Answer grant = token(basic("catalog-service", "local-only-catalog-secret"), "grant_type=password&username=a");
        assertThat(grant.status()).isEqualTo(400);
        assertThat(grant.body().path("error").asString()).isEqualTo("unsupported_grant_type");

        Answer missing = token(basic("catalog-service", "local-only-catalog-secret"), "scope=inventory%3Aread");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().path("error").asString()).isEqualTo("invalid_request");
    }

    /** What catalog-service's shared-security client does: Spring's client-credentials provider against this endpoint. */
    @Test
    void springsOAuth2ClientObtainsAToken() throws Exception {
        ClientRegistration registration = ClientRegistration.withRegistrationId("platform-service")
                .clientId("catalog-service").clientSecret("local-only-catalog-secret")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(List.of("inventory:read"))
                .tokenUri("http://127.0.0.1:" + port + "/oauth2/token").build();
        var registrations = new InMemoryClientRegistrationRepository(registration);
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations,
                new InMemoryOAuth2AuthorizedClientService(registrations));

        OAuth2AuthorizedClient client = manager.authorize(
                OAuth2AuthorizeRequest.withClientRegistrationId("platform-service").principal("catalog-service").build());

        assertThat(client).isNotNull();
        assertThat(client.getAccessToken().getScopes()).containsExactly("inventory:read");
        assertThat(SignedJWT.parse(client.getAccessToken().getTokenValue()).getJWTClaimsSet().getSubject())
                .isEqualTo("catalog-service");
    }
}
