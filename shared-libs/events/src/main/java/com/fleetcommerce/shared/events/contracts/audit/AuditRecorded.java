package com.fleetcommerce.shared.events.contracts.audit;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;
import tools.jackson.databind.JsonNode;

/**
 * One staff (or system) action on a resource, as every service reports it to user-service's audit log. Topic
 * {@value #TOPIC}, keyed by {@code resourceType:resourceId} so one resource's history stays in order.
 * <p>
 * Lives in shared-audit rather than shared-events' {@code contracts} because this library is its only producer; it
 * may move to {@code com.fleetcommerce.shared.events.contracts.audit} later without changing the JSON.
 *
 * @param id           the audit record's id (UUIDv7); consumers store it once
 * @param actorId      account id of the caller, the client id of a calling service, or {@code system:<job>}
 * @param actorType    {@code staff}, {@code customer}, {@code service} or {@code system}
 * @param action       what was done, e.g. {@code price.changed}, {@code user.role-assigned}
 * @param before       when both states were given: the changed fields' old values only; else the state given, or null
 * @param after        when both states were given: the changed fields' new values only; else the state or summary
 * @param ip           the client address of the request, if the action ran in one
 * @param traceId      the trace of the action, to find its logs and spans
 * @param at           when it happened
 * @param service      the service that did it ({@code spring.application.name})
 */
@EventType(AuditRecorded.TYPE)
public record AuditRecorded(UUID id, String actorId, String actorType, String action, String resourceType,
                            String resourceId, JsonNode before, JsonNode after, String ip, String traceId, Instant at,
                            String service) implements EventPayload {

    public static final String TYPE = "audit.recorded.v1";
    public static final String TOPIC = "audit.events";
}
