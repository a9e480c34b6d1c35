package com.fleetcommerce.user.audit.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import com.fleetcommerce.shared.security.method.RequiresPermission;
import com.fleetcommerce.shared.web.page.PageQuery;
import com.fleetcommerce.shared.web.page.PageResponse;
import com.fleetcommerce.shared.web.problem.InvalidParameterException;
import com.fleetcommerce.user.audit.application.AuditEntryView;
import com.fleetcommerce.user.audit.application.AuditQueries;
import com.fleetcommerce.user.audit.domain.AuditFilter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The fleet's audit log ({@code audit:read}); read only: there is no endpoint that changes or deletes records. */
@RestController
class AuditController {

    private final AuditQueries queries;

    AuditController(AuditQueries queries) {
        this.queries = queries;
    }

    /** {@code from}/{@code to} are RFC 3339 instants ({@code 2026-01-31T10:00:00Z}); {@code to} is exclusive. */
    @GetMapping("/api/v1/audit")
    @RequiresPermission("audit:read")
    PageResponse<AuditEntryView> find(@RequestParam(required = false) String actor,
                                      @RequestParam(required = false) String resourceType,
                                      @RequestParam(required = false) String resourceId,
                                      @RequestParam(required = false) String action,
                                      @RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      PageQuery page) {
        Instant fromInstant = instant("from", from);
        Instant toInstant = instant("to", to);
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            throw new InvalidParameterException("to", "must be after from", to);
        }
        return queries.find(new AuditFilter(blankToNull(actor), blankToNull(resourceType), blankToNull(resourceId),
                blankToNull(action), fromInstant, toInstant), page);
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "must be an RFC 3339 instant such as 2026-01-31T10:00:00Z",
                    value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
