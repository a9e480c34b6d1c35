package com.fleetcommerce.shared.audit;

import java.util.Map;

import com.fleetcommerce.shared.security.principal.CurrentPrincipal;
import com.fleetcommerce.shared.security.principal.PlatformPrincipal;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Records staff actions in the fleet-wide audit log through {@link AuditLog}. Only a staff caller is audited: the same
 * application methods also run for the demo seed and for jobs, which are not staff actions and must not appear in
 * the log. Must be called inside the business transaction, after the change (the record commits with it).
 */
public class StaffAudit {

    private final ObjectProvider<AuditLog> auditLog;

    public StaffAudit(ObjectProvider<AuditLog> auditLog) {
        // a provider: platform.audit.enabled=false removes the AuditLog bean, and then nothing is recorded
        this.auditLog = auditLog;
    }

    /** A change from {@code before} to {@code after} (null for creation or deletion). */
    public void changed(String action, String resourceType, String resourceId, Object before, Object after) {
        AuditLog log = staffLog();
        if (log != null) {
            log.record(action, resourceType, resourceId, before, after);
        }
    }

    /** An action described by a summary (bulk work), no states. */
    public void summary(String action, String resourceType, String resourceId, Map<String, ?> summary) {
        AuditLog log = staffLog();
        if (log != null) {
            log.record(action, resourceType, resourceId, summary);
        }
    }

    private AuditLog staffLog() {
        boolean staff = CurrentPrincipal.get().map(PlatformPrincipal::isStaff).orElse(false);
        return staff ? auditLog.getIfAvailable() : null;
    }
}
