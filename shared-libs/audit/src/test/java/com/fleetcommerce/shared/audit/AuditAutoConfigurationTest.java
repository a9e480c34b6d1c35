package com.fleetcommerce.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fleetcommerce.shared.events.outbox.OutboxWriter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The AuditLog exists exactly where an outbox does, and can be switched off. */
class AuditAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AuditAutoConfiguration.class))
            .withPropertyValues("spring.application.name=probe");

    @Test
    void noOutboxNoAuditLog() {
        runner.run(context -> assertThat(context).doesNotHaveBean(AuditLog.class));
    }

    @Test
    void anOutboxGivesAnAuditLogUnlessSwitchedOff() {
        // only the bean's presence matters here (AuditLogTest writes through a real outbox)
        OutboxWriter outbox = new OutboxWriter(null, null, "/probe", null, null);
        runner.withBean(OutboxWriter.class, () -> outbox)
                .run(context -> assertThat(context).hasSingleBean(AuditLog.class));
        runner.withBean(OutboxWriter.class, () -> outbox).withPropertyValues("platform.audit.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(AuditLog.class));
    }
}
