package com.fleetcommerce.gateway.revocation.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fleetcommerce.gateway.revocation.domain.RevokedSessions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the gateway's {@link RevokedSessions} from auth-service's {@code auth.session.revoked.v1} events (topic
 * {@code auth.account}). Every gateway replica needs every revocation, so each consumes in a group of its own, and on
 * start it reads back one access-token lifetime: sessions revoked just before it started are refused too.
 */
@Component
@ConditionalOnProperty(name = "platform.gateway.session-revocation.enabled", havingValue = "true", matchIfMissing = true)
public class SessionRevocationListener implements ConsumerSeekAware {

    static final String TOPIC = "auth.account";
    static final String TYPE = "auth.session.revoked.v1";

    private static final Logger log = LoggerFactory.getLogger(SessionRevocationListener.class);

    private final RevokedSessions revoked;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;
    private final Duration lookBack;

    public SessionRevocationListener(RevokedSessions revoked, Clock clock,
                                     @Value("${platform.gateway.session-revocation.look-back:16m}") Duration lookBack) {
        this.revoked = revoked;
        this.clock = clock;
        this.lookBack = lookBack;
    }

    @KafkaListener(topics = TOPIC, groupId = "#{'gateway-revocations-' + T(java.util.UUID).randomUUID()}",
            properties = {"auto.offset.reset=earliest", "enable.auto.commit=false"})
    public void onEvent(ConsumerRecord<String, String> record) {
        if (!TYPE.equals(header(record, "ce_type"))) {
            return;
        }
        try {
            JsonNode event = json.readTree(record.value());
            String sessionId = event.path("sessionId").asString();
            Instant until = Instant.parse(event.path("accessTokensValidUntil").asString());
            if (!sessionId.isBlank()) {
                revoked.revoke(sessionId, until, clock.instant());
            }
        } catch (RuntimeException malformed) {
            // a broken event must not stop the others; the tokens it meant still expire by themselves
            log.warn("Ignored an unreadable {} event at {}-{}@{}: {}", TYPE, record.topic(), record.partition(),
                    record.offset(), malformed.toString());
        }
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        callback.seekToTimestamp(assignments.keySet(), clock.instant().minus(lookBack).toEpochMilli());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
