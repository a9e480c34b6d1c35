package com.fleetcommerce.shared.events.kafka;

import java.util.Map;

import com.fleetcommerce.shared.events.autoconfigure.KafkaConsumerAutoConfiguration;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.CommonLoggingErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaConsumerDefaultsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, KafkaConsumerAutoConfiguration.class));

    @Test
    void defaultsApplyOnlyWhereTheServiceSetNothing() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml",
                Map.of("spring.kafka.consumer.key-deserializer", StringDeserializer.class.getName(),
                        "spring.kafka.listener.observation-enabled", "false")));

        new KafkaConsumerDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.kafka.consumer.key-deserializer"))
                .isEqualTo(StringDeserializer.class.getName());
        assertThat(environment.getProperty("spring.kafka.listener.observation-enabled")).isEqualTo("false");
        assertThat(environment.getProperty("spring.kafka.consumer.value-deserializer"))
                .isEqualTo(ErrorHandlingDeserializer.class.getName());
        assertThat(environment.getProperty("spring.kafka.consumer.properties.spring.deserializer.value.delegate.class"))
                .isEqualTo(JsonNodeDeserializer.class.getName());
        assertThat(environment.getProperty("spring.kafka.template.observation-enabled")).isEqualTo("true");
    }

    @Test
    void registersTheRetryingDeadLetteringErrorHandler() {
        runner.run(context -> assertThat(context).hasSingleBean(CommonErrorHandler.class)
                .getBean(CommonErrorHandler.class).isInstanceOf(DefaultErrorHandler.class));
    }

    @Test
    void backsOffWhenTheServiceHasItsOwnErrorHandler() {
        runner.withUserConfiguration(OwnErrorHandler.class).run(context -> {
            assertThat(context).hasSingleBean(CommonErrorHandler.class);
            assertThat(context.getBean(CommonErrorHandler.class)).isInstanceOf(CommonLoggingErrorHandler.class);
        });
    }

    @Test
    void canBeSwitchedOff() {
        runner.withPropertyValues("platform.kafka.consumer.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(CommonErrorHandler.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnErrorHandler {

        @Bean
        CommonErrorHandler ownHandler() {
            return new CommonLoggingErrorHandler();
        }
    }
}
