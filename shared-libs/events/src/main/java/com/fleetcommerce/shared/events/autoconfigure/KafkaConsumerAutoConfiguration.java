package com.fleetcommerce.shared.events.autoconfigure;

import java.util.HashMap;
import java.util.Map;

import com.fleetcommerce.shared.events.kafka.ConsumerErrorHandlers;
import com.fleetcommerce.shared.events.kafka.ConsumerErrorHandlingProperties;
import com.fleetcommerce.shared.events.kafka.DeadLetterProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Listener error handling: retry with exponential backoff, then {@code <topic>.dlt}; records that can never succeed go
 * to the dead-letter topic at once. Boot's listener container factory picks the {@link CommonErrorHandler} bean up;
 * a service that defines its own handler keeps it.
 */
@AutoConfiguration(
        after = EventsAutoConfiguration.class,
        afterName = {
                "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
                "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"
        })
@ConditionalOnClass(KafkaTemplate.class)
@ConditionalOnBean(KafkaProperties.class)
@ConditionalOnBooleanProperty(name = "platform.kafka.consumer.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ConsumerErrorHandlingProperties.class)
public class KafkaConsumerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DeadLetterProducer deadLetterProducer(KafkaProperties kafkaProperties,
            ObjectProvider<KafkaConnectionDetails> connectionDetails, ObjectProvider<JsonMapper> jsonMapper) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildProducerProperties());
        KafkaConnectionDetails details = connectionDetails.getIfAvailable();
        if (details != null) {
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    String.join(",", details.getProducer().getBootstrapServers()));
        }
        return new DeadLetterProducer(config, jsonMapper.getIfAvailable(JsonMapper::new));
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler platformKafkaErrorHandler(ConsumerErrorHandlingProperties properties,
            DeadLetterProducer deadLetterProducer) {
        return ConsumerErrorHandlers.create(properties, deadLetterProducer.template());
    }
}
