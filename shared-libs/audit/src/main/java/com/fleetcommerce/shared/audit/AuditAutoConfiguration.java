package com.fleetcommerce.shared.audit;

import java.time.Clock;

import com.fleetcommerce.shared.events.autoconfigure.OutboxAutoConfiguration;
import com.fleetcommerce.shared.events.outbox.OutboxWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/** {@link AuditLog} for every service that has the outbox (shared-events with a DataSource and Kafka). */
@AutoConfiguration(after = OutboxAutoConfiguration.class,
        afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnBean(OutboxWriter.class)
@ConditionalOnBooleanProperty(name = "platform.audit.enabled", matchIfMissing = true)
@EnableConfigurationProperties(AuditProperties.class)
public class AuditAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    AuditLog auditLog(OutboxWriter outbox, ObjectProvider<JsonMapper> jsonMapper, AuditProperties properties,
                      Environment environment, ObjectProvider<Clock> clock) {
        String service = environment.getProperty("spring.application.name", "unknown-service");
        return new AuditLog(outbox, jsonMapper.getIfAvailable(JsonMapper::new), service, properties,
                clock.getIfUnique(Clock::systemUTC));
    }
}
