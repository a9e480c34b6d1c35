package com.fleetcommerce.shared.audit;

import java.util.Map;

import com.fleetcommerce.shared.security.principal.CurrentPrincipal;
import com.fleetcommerce.shared.security.principal.PlatformPrincipal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records staff actions in the fleet-wide audit log through {@link AuditLog}. Only a staff caller is audited: the same
 * application methods also run for the demo seed and for jobs, which are not staff actions and must not appear in
 * the log. {@link #changed} and {@link #summary} must be called inside the business transaction, after the change
 * (the record commits with it).
 */
public class StaffAudit {

    private final ObjectProvider<AuditLog> auditLog;
    private final ObjectProvider<PlatformTransactionManager> transactions;

    public StaffAudit(ObjectProvider<AuditLog> auditLog, ObjectProvider<PlatformTransactionManager> transactions) {
        // a provider: platform.audit.enabled=false removes the AuditLog bean, and then nothing is recorded
        this.auditLog = auditLog;
        this.transactions = transactions;
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

    /**
     * A summary of bulk work that committed in transactions of its own, or wrote no database at all (a reconciliation
     * in chunks, an import in batches, a cache warm-up): recorded in a short transaction of its own, opened only when
     * the caller is staff.
     */
    public void summaryInOwnTransaction(String action, String resourceType, String resourceId,
                                        Map<String, ?> summary) {
        AuditLog log = staffLog();
        if (log != null) {
            new TransactionTemplate(transactions.getObject()).executeWithoutResult(
                    tx -> log.record(action, resourceType, resourceId, summary));
        }
    }

    private AuditLog staffLog() {
        boolean staff = CurrentPrincipal.get().map(PlatformPrincipal::isStaff).orElse(false);
        return staff ? auditLog.getIfAvailable() : null;
    }
}
