package com.fleetcommerce.shared.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import com.fleetcommerce.shared.observability.defaults.ObservabilityDefaultsEnvironmentPostProcessor;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * A service that only adds this jar (and sets its name and one override) gets probes, Prometheus with the
 * application tag, W3C tracing with the trace id in MDC, logs and a response header, and no OTLP export locally.
 */
@SpringBootTest(classes = ObservabilityTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.application.name=observability-probe",
                // the service's own value must beat the library default (when-authorized)
                "management.endpoint.health.show-details=always" })
@AutoConfigureTracing
@AutoConfigureMetrics
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityDefaultsIntegrationTest {

    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableEnvironment environment;

    @Autowired
    ApplicationContext context;

    RestClient http;

    @BeforeEach
    void client() {
        http = RestClient.create("http://localhost:" + port);
    }

    @Test
    void livenessAndReadinessProbesAreUpOnActuatorAndMainPortPaths() {
        for (String path : new String[] {"/actuator/health/liveness", "/actuator/health/readiness", "/livez", "/readyz"}) {
            Map<String, Object> health = http.get().uri(path).retrieve().body(new ParameterizedTypeReference<>() { });
            assertThat(health).as(path).containsEntry("status", "UP");
        }
    }

    @Test
    void prometheusServesMetricsTaggedWithTheApplicationName() {
        http.get().uri("/probe/trace").retrieve().toBodilessEntity();

        String scrape = http.get().uri("/actuator/prometheus").retrieve().body(String.class);

        assertThat(scrape).containsPattern(
                "(?m)^http_server_requests_seconds_count\\{application=\"observability-probe\"[^}]*uri=\"/probe/trace\"");
        assertThat(scrape).containsPattern("(?m)^jvm_threads_live_threads\\{application=\"observability-probe\"");
    }

    @Test
    void incomingW3cTraceIsContinuedAndVisibleToTheHandlerInTheHeaderAndInTheLog(CapturedOutput output) {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        ResponseEntity<Map<String, String>> response = http.get().uri("/probe/trace")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .retrieve().toEntity(new ParameterizedTypeReference<>() { });

        assertThat(response.getBody()).containsEntry("traceIds", traceId).containsEntry("mdc", traceId);
        assertThat(response.getHeaders().getFirst("X-Trace-Id")).isEqualTo(traceId);
        assertThat(output.getOut().lines())
                .anySatisfy(line -> assertThat(line)
                        .contains(TraceProbeController.LOG_MESSAGE)
                        .contains("[observability-probe," + traceId + ","));
    }

    @Test
    void requestWithoutTraceContextStartsANewTrace() {
        ResponseEntity<Map<String, String>> response = http.get().uri("/probe/trace")
                .retrieve().toEntity(new ParameterizedTypeReference<>() { });

        String traceId = response.getBody().get("traceIds");
        assertThat(traceId).matches(TRACE_ID);
        assertThat(response.getBody()).containsEntry("mdc", traceId);
        assertThat(response.getHeaders().getFirst("X-Trace-Id")).isEqualTo(traceId);
    }

    @Test
    void servicePropertyOverridesTheLibraryDefault() {
        Map<String, Object> health = http.get().uri("/actuator/health").retrieve().body(new ParameterizedTypeReference<>() { });

        assertThat(health).containsKey("components");
        assertThat(environment.getPropertySources().get(ObservabilityDefaultsEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)
                .getProperty("management.endpoint.health.show-details")).isEqualTo("when-authorized");
        assertThat(environment.getProperty("management.endpoint.health.show-details")).isEqualTo("always");
    }

    @Test
    void tracingAndKafkaObservationDefaultsApplyAndNothingIsExportedLocally() {
        assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("1.0");
        assertThat(environment.getProperty("management.tracing.propagation.type")).isEqualTo("w3c");
        assertThat(environment.getProperty("spring.kafka.template.observation-enabled", Boolean.class)).isTrue();
        assertThat(environment.getProperty("spring.kafka.listener.observation-enabled", Boolean.class)).isTrue();
        assertThat(environment.getProperty("logging.structured.format.console")).isNull();
        assertThat(context.getBeanNamesForType(OtlpHttpSpanExporter.class)).isEmpty();
    }

    @Test
    void requestsAreObservedButSpringSecuritysPerFilterObservationsAreNot() {
        ObservationRegistry registry = context.getBean(ObservationRegistry.class);
        Observation request = Observation.start("http.server.requests", registry);
        Observation securityFilter = Observation.start("spring.security.filterchains", registry);
        try {
            assertThat(request.isNoop()).isFalse();
            assertThat(securityFilter.isNoop()).isTrue();
        } finally {
            request.stop();
            securityFilter.stop();
        }
    }
}
