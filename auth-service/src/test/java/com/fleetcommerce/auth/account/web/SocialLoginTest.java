package com.fleetcommerce.auth.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fleetcommerce.auth.AuthApi;
import com.fleetcommerce.auth.AuthIntegrationTest;
import com.fleetcommerce.auth.SocialProviders;
import com.fleetcommerce.testsupport.ApiClient.Response;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.SignedJWT;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Social login end to end against a real OIDC provider (mock-oauth2-server), driving the browser's redirects with a
 * plain HTTP client: auth-service -> provider -> callback -> SPA with a one-time code -> token pair.
 */
@AuthIntegrationTest
class SocialLoginTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    AuthApi api;

    @BeforeEach
    void setUp() {
        api = new AuthApi(port);
    }

    /** The provider will say this about the next user who logs in. */
    private static void nextUser(String subject, String email, boolean emailVerified) {
        SocialProviders.server().enqueueCallback(new DefaultOAuth2TokenCallback("google", subject,
                JOSEObjectType.JWT.getType(), null, Map.of("email", email, "email_verified", emailVerified), 3600));
    }

    /** Follows the redirects like a browser (cookies kept) until the SPA's callback URL; answers its query. */
    private Map<String, String> browserLogin() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        URI next = URI.create("http://127.0.0.1:" + port + "/oauth2/authorization/google");
        for (int hop = 0; hop < 5; hop++) {
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(next).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("hop %d to %s: %s", hop, next, response.body()).isEqualTo(302);
            next = next.resolve(response.headers().firstValue("Location").orElseThrow());
            if (next.toString().startsWith(SocialProviders.SPA_CALLBACK)) {
                return UriComponentsBuilder.fromUri(next).build().getQueryParams().toSingleValueMap();
            }
        }
        throw new AssertionError("never reached the SPA callback");
    }

    private JsonNode exchange(String code) {
        Response response = api.post("/api/v1/auth/social/exchange", null, Map.of("code", code));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    @Test
    void aNewGoogleUserGetsACustomerAccountAndTokens() throws Exception {
        String email = AuthApi.uniqueEmail();
        String subject = "google-" + email;
        nextUser(subject, email, true);

        Map<String, String> callback = browserLogin();

        assertThat(callback).containsKey("code").doesNotContainKey("error");
        JsonNode tokens = exchange(callback.get("code"));
        assertThat(api.post("/api/v1/auth/social/exchange", null, Map.of("code", callback.get("code"))).status())
                .as("the code works once").isEqualTo(400);
        Response me = api.me(tokens.path("accessToken").asString());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("email").asString()).isEqualTo(email);
        assertThat(me.body().path("emailVerified").asBoolean()).isTrue();
        assertThat(me.body().path("type").asString()).isEqualTo("CUSTOMER");
        assertThat(api.refresh(tokens.path("refreshToken").asString()).status()).isEqualTo(200);

        // the same provider identity logs into the same account the next time
        nextUser(subject, email, true);
        JsonNode again = exchange(browserLogin().get("code"));
        assertThat(SignedJWT.parse(again.path("accessToken").asString()).getJWTClaimsSet().getSubject())
                .isEqualTo(me.body().path("id").asString());
        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email)).isEqualTo(1);
    }

    @Test
    void anExistingAccountIsLinkedOnlyWhenTheProviderVerifiedTheEmail() throws Exception {
        String email = api.newCustomer();
        String accountId = jdbc.queryForObject("select id::text from account where email = ?", String.class, email);

        nextUser("unverified-" + email, email, false);
        Map<String, String> refused = browserLogin();
        assertThat(refused).containsEntry("error", "email_not_verified").doesNotContainKey("code");
        assertThat(jdbc.queryForObject("select count(*) from social_identity where account_id = ?::uuid", Integer.class,
                accountId)).isZero();

        nextUser("verified-" + email, email, true);
        JsonNode tokens = exchange(browserLogin().get("code"));
        assertThat(SignedJWT.parse(tokens.path("accessToken").asString()).getJWTClaimsSet().getSubject())
                .isEqualTo(accountId);
        assertThat(jdbc.queryForList("select provider from social_identity where account_id = ?::uuid", String.class,
                accountId)).isEqualTo(List.of("google"));
        api.loginOk(email, AuthApi.PASSWORD);
    }

    @Test
    void badCodesAreRefused() {
        assertThat(api.post("/api/v1/auth/social/exchange", null, Map.of("code", "made-up")).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/auth/social/exchange", null, Map.of()).status()).isEqualTo(400);
    }
}
