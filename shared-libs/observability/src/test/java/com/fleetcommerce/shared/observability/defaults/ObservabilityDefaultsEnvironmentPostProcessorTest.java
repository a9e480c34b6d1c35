package com.fleetcommerce.shared.observability.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The profile- and variable-dependent decisions, without starting an application for each combination. */
class ObservabilityDefaultsEnvironmentPostProcessorTest {

    private final ObservabilityDefaultsEnvironmentPostProcessor processor = new ObservabilityDefaultsEnvironmentPostProcessor();

    @Test
    void locallyTracesAreNotExportedAndLogsStayPlainText() {
        StandardEnvironment environment = environment(Map.of());

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.tracing.export.otlp.enabled", Boolean.class)).isFalse();
        assertThat(environment.getProperty("management.opentelemetry.tracing.export.otlp.endpoint")).isNull();
        assertThat(environment.getProperty("logging.structured.format.console")).isNull();
        assertThat(environment.getProperty("logging.pattern.correlation")).contains("%X{traceId:-}");
    }

    @Test
    void endpointVariableAloneDoesNotExportFromADevelopersMachine() {
        StandardEnvironment environment = environment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318"));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.tracing.export.otlp.enabled", Boolean.class)).isFalse();
    }

    @Test
    void dockerProfileWithEndpointVariableExportsToItsTracesPath() {
        StandardEnvironment environment = environment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318/"));
        environment.setActiveProfiles("docker");

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.tracing.export.otlp.enabled", Boolean.class)).isTrue();
        assertThat(environment.getProperty("management.opentelemetry.tracing.export.otlp.endpoint"))
                .isEqualTo("http://collector:4318/v1/traces");
        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void kubernetesProfileWithoutEndpointLogsJsonButDoesNotExport() {
        StandardEnvironment environment = environment(Map.of());
        environment.setActiveProfiles("kubernetes");

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.tracing.export.otlp.enabled", Boolean.class)).isFalse();
        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void runningOnKubernetesCountsAsDeployedEvenWithoutTheProfile() {
        // what Boot concludes from KUBERNETES_SERVICE_HOST/PORT inside a pod, stated explicitly
        StandardEnvironment environment = environment(Map.of(
                "spring.main.cloud-platform", "kubernetes",
                "OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector.observability:4318"));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.tracing.export.otlp.enabled", Boolean.class)).isTrue();
        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void aServiceThatConfiguresItsOwnEndpointGetsExportEvenLocally() {
        StandardEnvironment environment = environment(Map.of(
                "management.opentelemetry.tracing.export.otlp.endpoint", "http://localhost:4318/v1/traces"));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.tracing.export.otlp.enabled", Boolean.class)).isTrue();
    }

    @Test
    void everyServiceValueWinsOverTheDefaults() {
        StandardEnvironment environment = environment(Map.of(
                "management.endpoints.web.exposure.include", "health",
                "management.tracing.sampling.probability", "0.25",
                "spring.kafka.listener.observation-enabled", "false",
                "logging.structured.format.console", "logstash"));
        environment.setActiveProfiles("docker");

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health");
        assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("0.25");
        assertThat(environment.getProperty("spring.kafka.listener.observation-enabled")).isEqualTo("false");
        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("logstash");
        assertThat(environment.getPropertySources().stream().reduce((first, second) -> second).orElseThrow().getName())
                .isEqualTo(ObservabilityDefaultsEnvironmentPostProcessor.PROPERTY_SOURCE_NAME);
    }

    @Test
    void applicationTagFollowsTheApplicationName() {
        StandardEnvironment environment = environment(Map.of("spring.application.name", "catalog-service"));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.metrics.tags.application")).isEqualTo("catalog-service");
        assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
                .isEqualTo("health,info,prometheus,metrics");
    }

    /** A bare environment (no real OS variables, which could make the machine look like Kubernetes). */
    private static StandardEnvironment environment(Map<String, Object> serviceProperties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("service", serviceProperties));
        return environment;
    }
}
