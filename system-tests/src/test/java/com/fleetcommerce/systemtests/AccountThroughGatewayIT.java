package com.fleetcommerce.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A shopper's identity through the edge, on the running fleet: register and log in at auth-service through the
 * gateway, use the access token on another service behind the gateway, rotate the refresh token, log out, and find
 * every old token refused: refresh tokens and access tokens at auth-service at once, access tokens at the gateway as
 * soon as it has read the revocation event.
 */
@ExtendWith(FleetExtension.class)
class AccountThroughGatewayIT {

    private static final String SKU = "COFFEE-ARABICA-500G";
    private static final String PASSWORD = "Blue-Lantern-Tide-42";

    @Test
    void registerLogInCallRefreshLogOutAndTheOldTokensAreRefused(Fleet fleet) throws Exception {
        assumeTrue(fleet.hasMember("gateway-service") && fleet.hasMember("auth-service"),
                "needs the gateway and auth-service in the fleet");
        String gateway = fleet.member("gateway-service").baseUrl();
        String email = "shopper-" + UUID.randomUUID() + "@example.com";

        assertThat(HttpJson.post(gateway + "/api/v1/auth/register", null,
                Map.of("email", email, "password", PASSWORD)).status()).isEqualTo(202);

        HttpJson.Response login = HttpJson.post(gateway + "/api/v1/auth/login", null,
                Map.of("email", email, "password", PASSWORD, "device", "system-test"));
        assertThat(login.status()).as(login.body().toString()).isEqualTo(200);
        String access = login.body().path("accessToken").asString();
        String refresh = login.body().path("refreshToken").asString();

        // protected routes: without a token the gateway refuses; with it, auth-service and warehouse-service answer
        assertThat(HttpJson.get(gateway + "/api/v1/auth/me", null).status()).isEqualTo(401);
        HttpJson.Response me = HttpJson.get(gateway + "/api/v1/auth/me", access);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("email").asString()).isEqualTo(email);
        assertThat(me.body().path("type").asString()).isEqualTo("CUSTOMER");
        HttpJson.Response stock = HttpJson.get(gateway + "/api/v1/stock/" + SKU, access);
        assertThat(stock.status()).as(stock.body().toString()).isEqualTo(200);
        assertThat(stock.body().path("sku").asString()).isEqualTo(SKU);

        HttpJson.Response refreshed = HttpJson.post(gateway + "/api/v1/auth/token/refresh", null,
                Map.of("refreshToken", refresh));
        assertThat(refreshed.status()).isEqualTo(200);
        String newAccess = refreshed.body().path("accessToken").asString();
        String newRefresh = refreshed.body().path("refreshToken").asString();
        assertThat(newRefresh).isNotEqualTo(refresh);
        assertThat(HttpJson.get(gateway + "/api/v1/auth/me", newAccess).status()).isEqualTo(200);

        assertThat(HttpJson.post(gateway + "/api/v1/auth/logout", newAccess, Map.of()).status()).isEqualTo(204);

        // after logout: both refresh tokens are dead, and auth-service refuses the session's access tokens
        assertThat(HttpJson.post(gateway + "/api/v1/auth/token/refresh", null,
                Map.of("refreshToken", newRefresh)).status()).isEqualTo(401);
        assertThat(HttpJson.post(gateway + "/api/v1/auth/token/refresh", null,
                Map.of("refreshToken", refresh)).status()).isEqualTo(401);
        assertThat(HttpJson.get(gateway + "/api/v1/auth/me", newAccess).status()).isEqualTo(401);
        assertThat(HttpJson.get(gateway + "/api/v1/auth/me", access).status()).isEqualTo(401);
        // ... and the gateway learns of the ended session (auth.session.revoked.v1) and refuses its tokens on every
        // route, though warehouse-service alone would accept them until they expire
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(HttpJson.get(gateway + "/api/v1/stock/" + SKU, newAccess).status()).isEqualTo(401));
        assertThat(HttpJson.get(gateway + "/api/v1/stock/" + SKU, access).status()).isEqualTo(401);
    }
}
