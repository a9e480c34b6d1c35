package com.fleetcommerce.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fleetcommerce.shared.events.contracts.audit.AuditRecorded;
import com.fleetcommerce.shared.security.principal.AccountType;
import com.fleetcommerce.shared.security.principal.PlatformPrincipal;
import com.fleetcommerce.testsupport.FreshPostgresDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library against a real PostgreSQL outbox (the relay is off: what matters here is the row the business
 * transaction writes; publishing is shared-events' job and tested there).
 */
@SpringBootTest(classes = AuditTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.application.name=audit-test", "platform.outbox.relay-enabled=false",
                "platform.audit.trusted-proxies=10.0.0.1"})
@FreshPostgresDatabase
class AuditLogTest {

    record PriceState(String sku, String amount, String currency, int priority) {
    }

    @Autowired
    AuditLog auditLog;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void clean() {
        jdbc.update("delete from outbox_event");
    }

    @AfterEach
    void clearThread() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void recordsTheCallerTheClientAndOnlyTheChangedFieldsInTheOutbox() {
        PlatformPrincipal staff = new PlatformPrincipal("0198a1b2-0000-7000-8000-000000000001", AccountType.STAFF,
                Set.of("pricing-manager"), Set.of("prices:write"), Set.of(), "s-1");
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(staff, null));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.0.0.1");                          // the trusted gateway
        request.addHeader("X-Forwarded-For", "6.6.6.6, 203.0.113.7");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        AuditRecorded written = transactions.execute(status -> auditLog.record("price.changed", "price", "p-1",
                new PriceState("SKU-1", "100", "VND", 1), new PriceState("SKU-1", "120", "VND", 1)));

        Map<String, Object> row = jdbc.queryForMap(
                "select topic, message_key, event_type, subject, payload::text as payload from outbox_event");
        assertThat(row.get("topic")).isEqualTo("audit.events");
        assertThat(row.get("message_key")).isEqualTo("price:p-1");
        assertThat(row.get("event_type")).isEqualTo("audit.recorded.v1");
        JsonNode payload = json.readTree((String) row.get("payload"));
        assertThat(payload.get("id").asString()).isEqualTo(written.id().toString());
        assertThat(payload.get("actorId").asString()).isEqualTo(staff.subject());
        assertThat(payload.get("actorType").asString()).isEqualTo("staff");
        assertThat(payload.get("action").asString()).isEqualTo("price.changed");
        assertThat(payload.get("resourceType").asString()).isEqualTo("price");
        assertThat(payload.get("resourceId").asString()).isEqualTo("p-1");
        // right-most hop that is not a trusted proxy: the left one could be forged by the client
        assertThat(payload.get("ip").asString()).isEqualTo("203.0.113.7");
        assertThat(payload.get("service").asString()).isEqualTo("audit-test");
        assertThat(payload.get("before")).isEqualTo(json.readTree("{\"amount\":\"100\"}"));
        assertThat(payload.get("after")).isEqualTo(json.readTree("{\"amount\":\"120\"}"));
        assertThat(payload.get("at").isNull()).isFalse();
    }

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnored() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100.9");
        request.addHeader("X-Forwarded-For", "1.2.3.4");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        AuditRecorded written = transactions.execute(status ->
                auditLog.record("sku.created", "sku", "s-9", null, Map.of("code", "SKU-9")));

        assertThat(written.ip()).isEqualTo("198.51.100.9");
        assertThat(written.before()).isNull();
        assertThat(written.after()).isEqualTo(json.readTree("{\"code\":\"SKU-9\"}"));
    }

    @Test
    void withoutACallerTheActorIsTheSystemJob() {
        AuditRecorded inJob = AuditLog.asSystem("price-activation", () -> transactions.execute(status ->
                auditLog.record("prices.activated", "price-list", "retail", Map.of("count", 3))));
        AuditRecorded plain = transactions.execute(status ->
                auditLog.record("prices.activated", "price-list", "retail", Map.of("count", 1)));

        assertThat(inJob.actorId()).isEqualTo("system:price-activation");
        assertThat(inJob.actorType()).isEqualTo("system");
        assertThat(inJob.ip()).isNull();
        assertThat(plain.actorId()).isEqualTo("system:audit-test");
        assertThat(jdbc.queryForList("select message_key from outbox_event", String.class))
                .isEqualTo(List.of("price-list:retail", "price-list:retail"));
    }

    @Test
    void refusesToRecordOutsideATransactionAndWritesNothing() {
        assertThatThrownBy(() -> auditLog.record("price.changed", "price", "p-2", null, Map.of("a", 1)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> transactions.execute(status -> {
            status.setRollbackOnly();
            auditLog.record("x.y", "price", "p-3", null, Map.of());
            throw new IllegalStateException("business failure");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.queryForObject("select count(*) from outbox_event", Long.class)).isZero();
    }
}
