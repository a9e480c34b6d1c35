package com.fleetcommerce.auth.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import com.fleetcommerce.auth.AuthApi;
import com.fleetcommerce.auth.AuthIntegrationTest;
import com.fleetcommerce.testsupport.MovableApplicationClock;
import com.fleetcommerce.auth.keys.application.SigningKeys;
import com.fleetcommerce.testsupport.ApiClient.Response;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Rotation: new tokens carry the new kid, tokens of the old key stay valid until they expire, the JWKS publishes both
 * keys until then and only the new one afterwards; the scheduled check retires the old key and rotates aged keys.
 */
@AuthIntegrationTest
class KeyRotationTest {

    @LocalServerPort
    int port;

    @Autowired
    SigningKeys keys;

    @Autowired
    JdbcTemplate jdbc;

    AuthApi api;

    @BeforeEach
    void setUp() {
        api = new AuthApi(port);
    }

    @AfterEach
    void resetClock() {
        MovableApplicationClock.reset();
    }

    private List<String> publishedKids() throws Exception {
        return JWKSet.load(URI.create("http://127.0.0.1:" + port + "/oauth2/jwks").toURL()).getKeys().stream()
                .map(JWK::getKeyID).toList();
    }

    private static String kidOf(JsonNode tokens) throws Exception {
        return SignedJWT.parse(tokens.path("accessToken").asString()).getHeader().getKeyID();
    }

    @Test
    void rotationKeepsOldTokensValidUntilTheyExpire() throws Exception {
        JsonNode admin = api.loginOk(AuthApi.ADMIN_EMAIL, AuthApi.ADMIN_PASSWORD);
        JsonNode customer = api.newCustomerSession();
        String oldKid = kidOf(customer);

        assertThat(api.post("/api/v1/auth/keys/rotate", customer.path("accessToken").asString(), null).status())
                .as("customers may not rotate").isEqualTo(403);
        Response rotated = api.post("/api/v1/auth/keys/rotate", admin.path("accessToken").asString(), null);
        assertThat(rotated.status()).isEqualTo(200);
        String newKid = rotated.body().path("kid").asString();
        assertThat(newKid).isNotEqualTo(oldKid);

        assertThat(api.me(customer.path("accessToken").asString()).status()).as("old key's token").isEqualTo(200);
        assertThat(publishedKids()).contains(oldKid, newKid);
        JsonNode fresh = api.loginOk(api.newCustomer(), AuthApi.PASSWORD);
        assertThat(kidOf(fresh)).isEqualTo(newKid);
        assertThat(kidOf(api.refresh(customer.path("refreshToken").asString()).body())).isEqualTo(newKid);

        MovableApplicationClock.advance(Duration.ofMinutes(14));
        assertThat(api.me(customer.path("accessToken").asString()).status()).as("still before exp").isEqualTo(200);
        assertThat(publishedKids()).contains(oldKid, newKid);

        // past rotatedAt + 15 min ttl + 60 s skew
        MovableApplicationClock.advance(Duration.ofMinutes(2).plusSeconds(30));
        assertThat(publishedKids()).doesNotContain(oldKid).contains(newKid);
        assertThat(api.me(customer.path("accessToken").asString()).status()).isEqualTo(401);

        keys.rotateIfDueAndRetire();
        assertThat(jdbc.queryForObject("select status from signing_key where kid = ?", String.class, oldKid))
                .isEqualTo("RETIRED");
        assertThat(jdbc.queryForObject("select status from signing_key where kid = ?", String.class, newKid))
                .isEqualTo("ACTIVE");
    }

    @Test
    void theScheduledCheckRotatesAnAgedKey() {
        String before = keys.activeKey().getKeyID();
        keys.rotateIfDueAndRetire();
        assertThat(keys.activeKey().getKeyID()).as("not due yet").isEqualTo(before);

        MovableApplicationClock.advance(Duration.ofDays(31));
        keys.rotateIfDueAndRetire();

        assertThat(keys.activeKey().getKeyID()).isNotEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from signing_key where status = 'ACTIVE'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void privateKeysAreStoredEncrypted() {
        String stored = jdbc.queryForObject("select private_key from signing_key where status = 'ACTIVE'", String.class);
        assertThat(stored).doesNotContain("MII");
        assertThat(jdbc.queryForObject("select public_jwk from signing_key where status = 'ACTIVE'", String.class))
                .doesNotContain("\"d\"");
    }
}
