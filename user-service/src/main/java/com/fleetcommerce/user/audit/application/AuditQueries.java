package com.fleetcommerce.user.audit.application;

import com.fleetcommerce.shared.web.page.PageQuery;
import com.fleetcommerce.shared.web.page.PageResponse;
import com.fleetcommerce.user.audit.domain.AuditEntry;
import com.fleetcommerce.user.audit.domain.AuditFilter;
import com.fleetcommerce.user.audit.persistence.JdbcAuditEntries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit log, newest first. */
@Service
public class AuditQueries {

    private final JdbcAuditEntries entries;
    private final JsonMapper json;

    AuditQueries(JdbcAuditEntries entries, JsonMapper json) {
        this.entries = entries;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public PageResponse<AuditEntryView> find(AuditFilter filter, PageQuery page) {
        long total = entries.count(filter);
        return PageResponse.of(entries.find(filter, page.offset(), page.size()).stream().map(this::view).toList(),
                page, total);
    }

    private AuditEntryView view(AuditEntry e) {
        return new AuditEntryView(e.id(), e.at(), e.actorId(), e.actorType(), e.action(), e.resourceType(),
                e.resourceId(), tree(e.before()), tree(e.after()), e.ip(), e.traceId(), e.service());
    }

    private JsonNode tree(String text) {
        return text == null ? null : json.readTree(text);
    }
}
