package com.fleetcommerce.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fleetcommerce.gateway.security.web.GatewayJwtDecoders;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The gateway's decoder ({@link GatewayJwtDecoders}, the same factory the application uses) against a JWKS endpoint
 * that changes, as auth-service's does when it rotates keys: keys are fetched once and kept; a token signed with a
 * key added after that first fetch is accepted (an unknown kid triggers a refetch, at most one per cool-down); a key
 * that is nowhere stays refused; made-up key ids cannot turn every request into a JWKS fetch. A server of its own here because the shared test issuer's key set never changes.
 */
class JwksRotationTest {

    static final String ISSUER = "http://auth.rotation.test";
    static final Duration COOLDOWN = Duration.ofSeconds(2);

    HttpServer server;
    final List<JWK> published = new CopyOnWriteArrayList<>();
    final AtomicInteger fetches = new AtomicInteger();
    ReactiveJwtDecoder decoder;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            byte[] body = new JWKSet(List.copyOf(published)).toString(true).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.start();
        decoder = GatewayJwtDecoders.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks", ISSUER,
                List.of("fleetcommerce"), WebClient.create(), COOLDOWN, List.of());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aKeyAddedAfterTheFirstFetchIsPickedUp() throws Exception {
        RSAKey first = key("key-1");
        published.add(first.toPublicJWK());

        assertThat(decode(token(first, "alice")).getSubject()).isEqualTo("alice");
        assertThat(decode(token(first, "bob")).getSubject()).isEqualTo("bob");
        assertThat(fetches).as("the key set is cached").hasValue(1);

        RSAKey rotated = key("key-2");
        published.add(rotated.toPublicJWK());
        // on its first use, or at most one cool-down after the previous fetch
        String carol = token(rotated, "carol");
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() ->
                assertThat(decode(carol).getSubject()).isEqualTo("carol"));
        int afterRotation = fetches.get();
        assertThat(afterRotation).isGreaterThan(1);

        assertThat(decode(token(first, "dave")).getSubject()).isEqualTo("dave");
        assertThat(decode(token(rotated, "erin")).getSubject()).isEqualTo("erin");
        assertThat(fetches).as("known keys need no fetch").hasValue(afterRotation);
    }

    @Test
    void madeUpKeyIdsDoNotMakeTheGatewayFetchTheKeySetForEachToken() throws Exception {
        RSAKey first = key("key-1");
        published.add(first.toPublicJWK());
        assertThat(decode(token(first, "alice")).getSubject()).isEqualTo("alice");
        RSAKey attacker = key("attacker");
        for (int i = 0; i < 20; i++) {
            RSAKey madeUp = new RSAKey.Builder(attacker).keyID("made-up-" + i).build();
            assertThatThrownBy(() -> decode(token(madeUp, "mallory"))).isInstanceOf(JwtException.class);
        }
        assertThat(fetches).as("at most one refetch within the cool-down").hasValueLessThanOrEqualTo(2);
    }

    @Test
    void aKeyThatIsNowhereStaysRefused() throws Exception {
        published.add(key("key-1").toPublicJWK());
        RSAKey stranger = key("stranger");
        assertThatThrownBy(() -> decode(token(stranger, "mallory"))).isInstanceOf(JwtException.class);
    }

    private Jwt decode(String token) {
        return decoder.decode(token).block();
    }

    private static RSAKey key(String kid) throws Exception {
        return new RSAKeyGenerator(2048).keyID(kid).algorithm(JWSAlgorithm.RS256).generate();
    }

    private static String token(RSAKey key, String subject) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(subject)
                .audience("fleetcommerce").issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 600_000)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
