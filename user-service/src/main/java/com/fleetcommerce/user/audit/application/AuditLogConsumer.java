package com.fleetcommerce.user.audit.application;

import com.fleetcommerce.shared.events.contracts.audit.AuditRecorded;
import com.fleetcommerce.shared.events.core.ReceivedEvent;
import com.fleetcommerce.shared.events.kafka.ReceivedEvents;
import com.fleetcommerce.user.audit.domain.AuditEntry;
import com.fleetcommerce.user.audit.persistence.JdbcAuditEntries;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Stores every service's audit records ({@code audit.recorded.v1} on {@code audit.events}). The insert itself is
 * idempotent (record id and event id are unique, {@code on conflict do nothing}), so redeliveries are stored once
 * without a separate inbox row. Records that do not bind go to {@code audit.events.dlt} (shared-events' handler).
 */
@Component
class AuditLogConsumer {

    private static final Logger log = LoggerFactory.getLogger(AuditLogConsumer.class);

    private final ReceivedEvents receivedEvents;
    private final JdbcAuditEntries entries;

    AuditLogConsumer(ReceivedEvents receivedEvents, JdbcAuditEntries entries) {
        this.receivedEvents = receivedEvents;
        this.entries = entries;
    }

    @KafkaListener(topics = AuditRecorded.TOPIC, groupId = "user-service-audit-log")
    void on(ConsumerRecord<String, JsonNode> record) {
        if (!AuditRecorded.TYPE.equals(ReceivedEvents.type(record))) {
            return;
        }
        ReceivedEvent<AuditRecorded> event = receivedEvents.from(record, AuditRecorded.class);
        AuditRecorded audit = event.payload();
        if (audit.id() == null || isBlank(audit.actorId()) || isBlank(audit.action()) || isBlank(audit.resourceType())
                || isBlank(audit.resourceId()) || audit.at() == null) {
            throw new com.fleetcommerce.shared.events.core.EventFormatException(
                    "audit record without id, actor, action, resource or time: " + event.id());
        }
        boolean stored = entries.append(new AuditEntry(audit.id(), audit.actorId(),
                orDefault(audit.actorType(), "unknown"), audit.action(), audit.resourceType(), audit.resourceId(),
                json(audit.before()), json(audit.after()), audit.ip(), audit.traceId(),
                orDefault(audit.service(), orDefault(event.source(), "unknown")), audit.at()), event.id());
        if (!stored) {
            log.debug("audit record {} (event {}) already stored", audit.id(), event.id());
        }
    }

    private static String json(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.toString();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String orDefault(String value, String fallback) {
        return isBlank(value) ? fallback : value;
    }
}
