package com.fleetcommerce.shared.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@link StaffAudit} for every service with shared-audit, also when the audit log itself is off
 * ({@code platform.audit.enabled=false}, or no outbox): then it records nothing.
 */
@AutoConfiguration(after = AuditAutoConfiguration.class)
public class StaffAuditAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    StaffAudit staffAudit(ObjectProvider<AuditLog> auditLog, ObjectProvider<PlatformTransactionManager> transactions) {
        return new StaffAudit(auditLog, transactions);
    }
}
