package com.fleetcommerce.shared.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;

import com.fleetcommerce.shared.observability.defaults.ObservabilityDefaultsEnvironmentPostProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/**
 * In the docker profile with OTEL_EXPORTER_OTLP_ENDPOINT set, spans really are exported over OTLP/HTTP and the console
 * speaks JSON (ECS) carrying the trace id.
 * <p>
 * Needs a JVM of its own (the module's surefire runs one per class): Logback is configured by the first context.
 */
@SpringBootTest(classes = ObservabilityTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.application.name=observability-deployed",
                // the default 5 s batch delay would only slow the test down
                "management.opentelemetry.tracing.export.schedule-delay=50ms" })
@ActiveProfiles("docker")
@AutoConfigureTracing
@AutoConfigureMetrics
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class DeployedProfileObservabilityTest {

    private static FakeOtlpCollector collector;

    @LocalServerPort
    int port;

    // The endpoint must be known when the environment is prepared, before any context customizer runs, which is
    // exactly how the real variable behaves; a system property is the test's stand-in for the environment variable.
    @BeforeAll
    static void startCollector() throws IOException {
        collector = new FakeOtlpCollector();
        System.setProperty(ObservabilityDefaultsEnvironmentPostProcessor.OTLP_ENDPOINT_VARIABLE, collector.endpoint());
    }

    @AfterAll
    static void stopCollector() {
        System.clearProperty(ObservabilityDefaultsEnvironmentPostProcessor.OTLP_ENDPOINT_VARIABLE);
        collector.close();
    }

    @Test
    void spansOfARequestAreExportedToTheOtlpEndpoint() {
        String traceId = "0af7651916cd43dd8448eb211c80319c";

        RestClient.create("http://localhost:" + port).get().uri("/probe/trace")
                .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .retrieve().toBodilessEntity();

        await().atMost(Duration.ofSeconds(15)).until(() -> collector.received(traceId));
    }

    @Test
    void consoleLogsAreStructuredJsonCarryingTheTraceId(CapturedOutput output) {
        String traceId = "5b8aa5a2d2c872e8321cf37308d69df2";

        RestClient.create("http://localhost:" + port).get().uri("/probe/trace")
                .header("traceparent", "00-" + traceId + "-051581bf3cb55c13-01")
                .retrieve().toBodilessEntity();

        assertThat(output.getOut().lines())
                .anySatisfy(line -> assertThat(line)
                        .startsWith("{")
                        .contains("\"message\":\"" + TraceProbeController.LOG_MESSAGE + "\"")
                        .contains(traceId));
    }
}
