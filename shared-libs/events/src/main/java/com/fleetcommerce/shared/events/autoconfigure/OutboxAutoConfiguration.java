package com.fleetcommerce.shared.events.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fleetcommerce.shared.events.outbox.JdbcUrlListenConnectionFactory;
import com.fleetcommerce.shared.events.outbox.KafkaOutboxProducerFactory;
import com.fleetcommerce.shared.events.outbox.ListenConnectionFactory;
import com.fleetcommerce.shared.events.outbox.OutboxCleanup;
import com.fleetcommerce.shared.events.outbox.OutboxMetrics;
import com.fleetcommerce.shared.events.outbox.OutboxProducerFactory;
import com.fleetcommerce.shared.events.outbox.OutboxProperties;
import com.fleetcommerce.shared.events.outbox.OutboxRelay;
import com.fleetcommerce.shared.events.outbox.OutboxWriter;
import com.fleetcommerce.shared.events.support.PeriodicTask;
import com.fleetcommerce.shared.events.tracing.TraceContextCapture;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.util.StringUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional outbox: writer, relay, metrics and cleanup. Active when the service has a DataSource and Kafka;
 * every bean backs off when the service defines its own.
 */
@AutoConfiguration(
        after = EventsAutoConfiguration.class,
        afterName = {
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
                "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"
        })
@ConditionalOnClass({KafkaTemplate.class, JdbcTemplate.class, org.postgresql.PGConnection.class})
@ConditionalOnBean({DataSource.class, KafkaProperties.class})
@ConditionalOnBooleanProperty(name = "platform.outbox.enabled", matchIfMissing = true)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventSource platformEventSource(EventsProperties properties, org.springframework.core.env.Environment environment) {
        if (StringUtils.hasText(properties.source())) {
            return new EventSource(properties.source());
        }
        String application = environment.getProperty("spring.application.name");
        if (!StringUtils.hasText(application)) {
            throw new IllegalStateException("the outbox needs spring.application.name (or platform.events.source) "
                    + "for the CloudEvents source of the events this service writes");
        }
        return new EventSource("/" + application);
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxWriter outboxWriter(DataSource dataSource, ObjectProvider<JsonMapper> jsonMapper, EventSource source,
            TraceContextCapture traceContextCapture) {
        return new OutboxWriter(new JdbcTemplate(dataSource), jsonMapper.getIfAvailable(JsonMapper::new),
                source.value(), traceContextCapture, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxMetrics outboxMetrics(DataSource dataSource, ObjectProvider<MeterRegistry> registry) {
        return new OutboxMetrics(dataSource, registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    PeriodicTask outboxMetricsRefreshTask(OutboxMetrics metrics, OutboxProperties properties) {
        return new PeriodicTask("outbox-metrics", Duration.ZERO, properties.metricsRefreshInterval(), metrics::refresh);
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxCleanup outboxCleanup(DataSource dataSource, OutboxProperties properties) {
        return new OutboxCleanup(dataSource, properties.cleanup().retention(), properties.cleanup().batchSize());
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "platform.outbox.cleanup.enabled", matchIfMissing = true)
    PeriodicTask outboxCleanupTask(OutboxCleanup cleanup, OutboxProperties properties) {
        Duration interval = properties.cleanup().interval();
        return new PeriodicTask("outbox-cleanup", interval, interval, cleanup::run);
    }

    @Bean
    @ConditionalOnMissingBean
    ListenConnectionFactory outboxListenConnectionFactory(ObjectProvider<JdbcConnectionDetails> connectionDetails,
            DataSource dataSource) {
        JdbcConnectionDetails details = connectionDetails.getIfAvailable();
        if (details != null && details.getJdbcUrl() != null && details.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            return new JdbcUrlListenConnectionFactory(details.getJdbcUrl(), details.getUsername(),
                    details.getPassword());
        }
        // a DataSource built by the service itself: fall back to holding one pooled connection
        return applicationName -> dataSource.getConnection();
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxProducerFactory outboxProducerFactory(KafkaProperties kafkaProperties,
            ObjectProvider<KafkaConnectionDetails> connectionDetails, OutboxProperties properties) {
        return new KafkaOutboxProducerFactory(relayProducerConfig(kafkaProperties, connectionDetails.getIfAvailable(),
                properties));
    }

    static Map<String, Object> relayProducerConfig(KafkaProperties kafkaProperties,
            KafkaConnectionDetails connectionDetails, OutboxProperties properties) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildProducerProperties());
        List<String> bootstrap = !properties.bootstrapServers().isEmpty() ? properties.bootstrapServers()
                : connectionDetails != null ? connectionDetails.getProducer().getBootstrapServers()
                : kafkaProperties.getBootstrapServers();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", bootstrap));
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        config.putAll(KafkaOutboxProducerFactory.relayDefaults());
        config.putAll(properties.producer());
        return config;
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty(name = "platform.outbox.relay-enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(DataSource dataSource, ListenConnectionFactory listenConnections,
            OutboxProducerFactory producers, ObjectProvider<JsonMapper> jsonMapper, OutboxMetrics metrics,
            OutboxProperties properties, org.springframework.core.env.Environment environment) {
        String name = environment.getProperty("spring.application.name", "relay");
        return new OutboxRelay(name, dataSource, listenConnections, producers,
                jsonMapper.getIfAvailable(JsonMapper::new), metrics, properties.pollInterval(), properties.batchSize(),
                properties.initialBackoff(), properties.maxBackoff());
    }
}
