package com.fleetcommerce.auth.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Date;
import java.util.Map;

import com.fleetcommerce.auth.AuthApi;
import com.fleetcommerce.auth.AuthIntegrationTest;
import com.fleetcommerce.testsupport.ApiClient.Response;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/** Password login, the access token's content and signature against the published JWKS, and hash upgrades. */
@AuthIntegrationTest
class LoginApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    AuthApi api;

    @BeforeEach
    void setUp() {
        api = new AuthApi(port);
    }

    @Test
    void loginIssuesAVerifiableTokenThatOpensTheAccount() throws Exception {
        String email = api.newCustomer();
        var tokens = api.loginOk(email.toUpperCase(), AuthApi.PASSWORD);

        assertThat(tokens.path("tokenType").asString()).isEqualTo("Bearer");
        assertThat(tokens.path("expiresIn").asLong()).isEqualTo(900);
        assertThat(tokens.path("refreshToken").asString()).hasSizeGreaterThanOrEqualTo(43);
        String accountId = jdbc.queryForObject("select id::text from account where email = ?", String.class, email);

        SignedJWT jwt = SignedJWT.parse(tokens.path("accessToken").asString());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        assertThat(jwt.getHeader().getKeyID()).isNotBlank();
        JWKSet jwks = JWKSet.load(URI.create("http://127.0.0.1:" + port + "/oauth2/jwks").toURL());
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("http://127.0.0.1:8081");
        assertThat(claims.getAudience()).containsExactly("fleetcommerce");
        assertThat(claims.getSubject()).isEqualTo(accountId);
        assertThat(claims.getStringClaim("account_type")).isEqualTo("customer");
        assertThat(claims.getStringListClaim("roles")).containsExactly("customer");
        assertThat(claims.getStringListClaim("permissions")).isEmpty();
        assertThat(claims.getStringClaim("sid")).isEqualTo(tokens.path("sessionId").asString());
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getNotBeforeTime()).isEqualTo(claims.getIssueTime());
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(900_000);
        assertThat(claims.getExpirationTime()).isAfter(new Date());

        Response me = api.me(tokens.path("accessToken").asString());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("id").asString()).isEqualTo(accountId);
        assertThat(me.body().path("email").asString()).isEqualTo(email);
        assertThat(me.body().path("type").asString()).isEqualTo("CUSTOMER");
        assertThat(me.body().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(me.body().path("emailVerified").asBoolean()).isFalse();
        assertThat(me.body().path("mfaEnabled").asBoolean()).isFalse();
        assertThat(api.me(null).status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        String email = api.newCustomer();
        Response wrong = api.login(email, "not-the-Password-1");
        Response unknown = api.login(AuthApi.uniqueEmail(), AuthApi.PASSWORD);

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.body().path("code").asString()).isEqualTo("invalid-credentials");
        assertThat(unknown.body().path("code")).isEqualTo(wrong.body().path("code"));
        assertThat(unknown.body().path("detail")).isEqualTo(wrong.body().path("detail"));
        assertThat(jdbc.queryForObject("select failed_logins from account where email = ?", Integer.class, email))
                .isEqualTo(1);
        assertThat(api.post("/api/v1/auth/login", null, Map.of("email", email)).status()).isEqualTo(400);
    }

    @Test
    void olderHashesAreUpgradedToArgon2OnLogin() {
        for (String legacy : new String[] {"{bcrypt}" + new BCryptPasswordEncoder(4).encode(AuthApi.PASSWORD),
                "{pbkdf2@SpringSecurity_v5_8}" + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(AuthApi.PASSWORD)}) {
            String email = api.newCustomer();
            jdbc.update("update account set password_hash = ? where email = ?", legacy.replace("@SpringSecurity_v5_8", ""), email);

            api.loginOk(email, AuthApi.PASSWORD);

            String stored = jdbc.queryForObject("select password_hash from account where email = ?", String.class, email);
            assertThat(stored).startsWith("{argon2}");
            api.loginOk(email, AuthApi.PASSWORD);
        }
    }

    @Test
    void theDiscoveryDocumentPointsAtTheEndpoints() {
        Response discovery = api.get("/.well-known/openid-configuration", null);
        assertThat(discovery.status()).isEqualTo(200);
        assertThat(discovery.body().path("issuer").asString()).isEqualTo("http://127.0.0.1:8081");
        assertThat(discovery.body().path("jwks_uri").asString()).isEqualTo("http://127.0.0.1:8081/oauth2/jwks");
        assertThat(discovery.body().path("token_endpoint").asString()).isEqualTo("http://127.0.0.1:8081/oauth2/token");
        assertThat(discovery.body().path("grant_types_supported").toString()).contains("client_credentials");
        assertThat(discovery.body().path("id_token_signing_alg_values_supported").toString()).contains("RS256");
    }
}
