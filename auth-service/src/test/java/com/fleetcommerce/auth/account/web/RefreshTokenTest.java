package com.fleetcommerce.auth.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fleetcommerce.auth.AccountEventsReader;
import com.fleetcommerce.auth.AuthApi;
import com.fleetcommerce.auth.AuthIntegrationTest;
import com.fleetcommerce.testsupport.ApiClient.Response;
import com.fleetcommerce.testsupport.MovableApplicationClock;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Rotation on every use, reuse detection that ends the session, and one winner among concurrent refreshes. */
@AuthIntegrationTest
class RefreshTokenTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcTemplate jdbc;

    AuthApi api;

    @BeforeEach
    void setUp() {
        api = new AuthApi(port);
    }

    @Test
    void refreshRotatesWithinTheSameSession() {
        JsonNode login = api.newCustomerSession();
        Response refreshed = api.refresh(login.path("refreshToken").asString());

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.body().path("refreshToken").asString()).isNotEqualTo(login.path("refreshToken").asString());
        assertThat(refreshed.body().path("sessionId").asString()).isEqualTo(login.path("sessionId").asString());
        assertThat(api.me(refreshed.body().path("accessToken").asString()).status()).isEqualTo(200);
        assertThat(api.refresh(refreshed.body().path("refreshToken").asString()).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from refresh_token where token_hash = ?", Integer.class,
                login.path("refreshToken").asString())).as("raw tokens are never stored").isZero();
        assertThat(api.refresh("made-up-token").status()).isEqualTo(401);
    }

    @Test
    void refreshTokensExpireAfterThirtyDays() {
        JsonNode login = api.newCustomerSession();
        try {
            MovableApplicationClock.advance(Duration.ofDays(30).plusMinutes(1));
            assertThat(api.refresh(login.path("refreshToken").asString()).status()).isEqualTo(401);
        } finally {
            MovableApplicationClock.reset();
        }
    }

    @Test
    void reusingAnOldRefreshTokenEndsTheWholeSession() throws Exception {
        JsonNode login = api.newCustomerSession();
        Response rotated = api.refresh(login.path("refreshToken").asString());
        assertThat(rotated.status()).isEqualTo(200);

        Response replay = api.refresh(login.path("refreshToken").asString());

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.body().path("code").asString()).isEqualTo("invalid-refresh-token");
        assertThat(api.refresh(rotated.body().path("refreshToken").asString()).status())
                .as("the new token of the family is dead too").isEqualTo(401);
        assertThat(api.me(rotated.body().path("accessToken").asString()).status())
                .as("auth-service refuses the session's access tokens").isEqualTo(401);
        assertThat(api.me(login.path("accessToken").asString()).status()).isEqualTo(401);

        String accountId = SignedJWT.parse(login.path("accessToken").asString()).getJWTClaimsSet().getSubject();
        try (AccountEventsReader events = new AccountEventsReader(bootstrapServers)) {
            JsonNode revoked = events.await(accountId, "auth.session.revoked.v1");
            assertThat(revoked.path("sessionId").asString()).isEqualTo(login.path("sessionId").asString());
            assertThat(revoked.path("reason").asString()).isEqualTo("refresh-token-reuse");
        }
    }

    @Test
    void concurrentRefreshesWithOneTokenHaveExactlyOneWinner() throws Exception {
        for (int round = 0; round < 3; round++) {
            String refreshToken = api.newCustomerSession().path("refreshToken").asString();
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> refresh = () -> {
                start.await();
                return api.refresh(refreshToken).status();
            };
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> results = List.of(pool.submit(refresh), pool.submit(refresh));
                start.countDown();
                List<Integer> statuses = List.of(results.get(0).get(), results.get(1).get());
                assertThat(statuses).containsExactlyInAnyOrder(200, 401);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
