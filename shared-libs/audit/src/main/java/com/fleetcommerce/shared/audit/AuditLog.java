package com.fleetcommerce.shared.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import com.fleetcommerce.shared.events.contracts.audit.AuditRecorded;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.events.outbox.OutboxWriter;
import com.fleetcommerce.shared.observability.TraceIds;
import com.fleetcommerce.shared.security.principal.CurrentPrincipal;
import com.fleetcommerce.shared.security.principal.PlatformPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records staff actions for the fleet-wide audit log (kept by user-service): an {@link AuditRecorded} event written
 * through the outbox inside the caller's transaction, so the record exists exactly when the change commits.
 *
 * <pre>{@code
 * @Transactional
 * public PriceView change(UUID id, PriceChange change) {
 *     PriceView before = view(id);
 *     ... the change ...
 *     auditLog.record("price.changed", "price", id.toString(), before, view(id));
 * }
 * }</pre>
 *
 * Who, from where and in which trace are taken from the request thread: the caller from Spring Security
 * ({@link CurrentPrincipal}), the IP from the current servlet request, the trace id from {@link TraceIds}. Work
 * without a caller (jobs, listeners) is attributed to {@code system:<job>} (see {@link #asSystem}) or
 * {@code system:<service>}.
 */
public class AuditLog {

    private static final ThreadLocal<String> SYSTEM_JOB = new ThreadLocal<>();

    private final OutboxWriter outbox;
    private final JsonMapper json;
    private final String service;
    private final ForwardedFor forwardedFor;
    private final Clock clock;

    public AuditLog(OutboxWriter outbox, JsonMapper json, String service, AuditProperties properties, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.json = Objects.requireNonNull(json, "json");
        this.service = Objects.requireNonNull(service, "service");
        this.forwardedFor = new ForwardedFor(properties.trustedProxies());
        this.clock = clock;
    }

    /**
     * Records an action that changed a resource from {@code before} to {@code after} (either may be null: creation,
     * deletion). When both are given only the fields that differ are kept, so a record stays small and says what
     * changed.
     *
     * @return the record
     * @throws IllegalTransactionStateException without a writable transaction (the equivalent of
     *                                          {@code Propagation.MANDATORY})
     */
    public AuditRecorded record(String action, String resourceType, String resourceId, Object before, Object after) {
        JsonNode beforeTree = tree(before);
        JsonNode afterTree = tree(after);
        if (beforeTree instanceof ObjectNode oldState && afterTree instanceof ObjectNode newState) {
            ObjectNode changedBefore = json.createObjectNode();
            ObjectNode changedAfter = json.createObjectNode();
            for (String field : union(oldState, newState)) {
                JsonNode was = oldState.get(field);
                JsonNode now = newState.get(field);
                if (!Objects.equals(was, now)) {
                    changedBefore.set(field, was == null ? json.nullNode() : was);
                    changedAfter.set(field, now == null ? json.nullNode() : now);
                }
            }
            beforeTree = changedBefore;
            afterTree = changedAfter;
        }
        return write(action, resourceType, resourceId, beforeTree, afterTree);
    }

    /** Records an action described by a summary (e.g. {@code {"rows": 1200, "priceList": "retail"}}), no states. */
    public AuditRecorded record(String action, String resourceType, String resourceId, Map<String, ?> summary) {
        return write(action, resourceType, resourceId, null, tree(summary));
    }

    /**
     * Runs {@code work} attributed to {@code system:<job>} when no caller is authenticated, for scheduled jobs and
     * listeners that change things on nobody's request.
     */
    public static <T> T asSystem(String job, Supplier<T> work) {
        requireText(job, "job");
        String previous = SYSTEM_JOB.get();
        SYSTEM_JOB.set(job);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SYSTEM_JOB.remove();
            } else {
                SYSTEM_JOB.set(previous);
            }
        }
    }

    private AuditRecorded write(String action, String resourceType, String resourceId, JsonNode before,
                                JsonNode after) {
        requireText(action, "action");
        requireText(resourceType, "resourceType");
        requireText(resourceId, "resourceId");
        // checked here (not only by the outbox) so the message names the audit log, the API the caller used
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalTransactionStateException("AuditLog.record must run inside the writable business "
                    + "transaction (Propagation.MANDATORY): the record must commit exactly with the change");
        }
        PlatformPrincipal principal = CurrentPrincipal.get().orElse(null);
        String actorId = principal != null ? principal.subject() : "system:" + currentJob();
        String actorType = principal != null ? principal.accountType().claimValue() : "system";
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditRecorded record = new AuditRecorded(Uuids.v7(), actorId, actorType, action, resourceType, resourceId,
                before, after, clientIp(), TraceIds.currentOrNull(), at, service);
        outbox.append(AuditRecorded.TOPIC, resourceType + ":" + resourceId, record);
        return record;
    }

    private String currentJob() {
        String job = SYSTEM_JOB.get();
        return job != null ? job : service;
    }

    private String clientIp() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return forwardedFor.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        }
        return null;
    }

    private JsonNode tree(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof JsonNode node ? node : json.valueToTree(value);
    }

    private static Iterable<String> union(ObjectNode a, ObjectNode b) {
        Set<String> names = new LinkedHashSet<>();
        a.properties().forEach(entry -> names.add(entry.getKey()));
        b.properties().forEach(entry -> names.add(entry.getKey()));
        return names;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
