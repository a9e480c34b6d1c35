package com.fleetcommerce.gateway.revocation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.gateway.GatewayClient;
import com.fleetcommerce.gateway.GatewayIntegrationTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.awaitility.Awaitility.await;

/**
 * auth-service ends a session (logout, refresh-token reuse, ...) and says so on {@code auth.account}: from then on the
 * gateway refuses that session's access tokens, which would otherwise stay valid until they expire, and only those.
 */
@GatewayIntegrationTest
class SessionRevocationTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    WebTestClient gateway;

    @BeforeEach
    void client() {
        gateway = GatewayClient.of(port);
    }

    @Test
    void aRevokedSessionsTokensAreRefusedAndOtherSessionsKeepWorking() {
        String endedSession = UUID.randomUUID().toString();
        String otherSession = UUID.randomUUID().toString();
        String endedToken = GatewayClient.customer().sessionId(endedSession).bearer();
        String otherToken = GatewayClient.customer().sessionId(otherSession).bearer();
        status(endedToken, 200);

        publishRevocation(endedSession, Instant.now().plus(Duration.ofMinutes(15)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> status(endedToken, 401));
        status(otherToken, 200);
    }

    @Test
    void aRevocationWhoseTokensHaveAllExpiredChangesNothing() {
        String session = UUID.randomUUID().toString();
        String token = GatewayClient.customer().sessionId(session).bearer();
        String marker = UUID.randomUUID().toString();
        String markerToken = GatewayClient.customer().sessionId(marker).bearer();

        publishRevocation(session, Instant.now().minus(Duration.ofMinutes(1)));
        publishRevocation(marker, Instant.now().plus(Duration.ofMinutes(15)));

        // once the later event is applied, the earlier one has been read too (same key, same partition, in order)
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> status(markerToken, 401));
        status(token, 200);
    }

    private void status(String bearer, int expected) {
        // a path of its own: the upstreams are shared with tests that count what reaches them
        gateway.get().uri("/api/v1/orders/" + UUID.randomUUID()).header("Authorization", bearer).exchange()
                .expectStatus().isEqualTo(expected);
    }

    private void publishRevocation(String sessionId, Instant validUntil) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        String accountId = "0192f0c1-7a4e-7cc3-9d2b-000000000001";
        String payload = """
                {"sessionId":"%s","accountId":"%s","reason":"LOGOUT","revokedAt":"%s","accessTokensValidUntil":"%s"}
                """.formatted(sessionId, accountId, Instant.now(), validUntil).strip();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, String> record = new ProducerRecord<>("auth.account", accountId, payload);
            record.headers().add("ce_type", "auth.session.revoked.v1".getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
