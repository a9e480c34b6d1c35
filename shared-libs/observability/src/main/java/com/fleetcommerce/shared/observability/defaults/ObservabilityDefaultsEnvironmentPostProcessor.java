package com.fleetcommerce.shared.observability.defaults;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.cloud.CloudPlatform;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Adds the fleet's observability defaults as the <em>last</em> property source, so anything a service sets (its
 * application.yml, profile files, environment variables, command line, test properties) wins.
 * <p>
 * It runs after config data has been loaded because some defaults depend on the active profiles, and before logging
 * is initialised, so the logging defaults (correlation pattern, structured console format) take effect.
 */
public class ObservabilityDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY_SOURCE_NAME = "fleetcommerceObservabilityDefaults";

    /** Profiles that mean "running in a deployed environment" rather than on a developer's machine. */
    public static final Set<String> DEPLOYED_PROFILES = Set.of("docker", "kubernetes");

    /** The standard OpenTelemetry variable; we reuse it so operators configure one thing for every service. */
    public static final String OTLP_ENDPOINT_VARIABLE = "OTEL_EXPORTER_OTLP_ENDPOINT";

    static final String OTLP_TRACING_ENDPOINT = "management.opentelemetry.tracing.export.otlp.endpoint";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults(environment)));
    }

    Map<String, Object> defaults(ConfigurableEnvironment environment) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        actuator(defaults);
        metrics(defaults);
        tracing(defaults, environment);
        kafka(defaults);
        logging(defaults, isDeployed(environment));
        return defaults;
    }

    private static void actuator(Map<String, Object> defaults) {
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        // /livez and /readyz on the main port too, so probes work even when management moves to its own port
        defaults.put("management.endpoint.health.probes.add-additional-paths", "true");
        defaults.put("management.endpoint.health.show-details", "when-authorized");
    }

    private static void metrics(Map<String, Object> defaults) {
        defaults.put("management.metrics.tags.application", "${spring.application.name:application}");
        // Prometheus scraping is the metrics path; pushing the same meters over OTLP would only add noise
        defaults.put("management.otlp.metrics.export.enabled", "false");
    }

    private static void tracing(Map<String, Object> defaults, ConfigurableEnvironment environment) {
        defaults.put("management.tracing.sampling.probability", "1.0");
        defaults.put("management.tracing.propagation.type", "w3c");
        // One span per request (http.server.requests) is what a trace needs; Spring Security's own observations add
        // a span per security filter, authentication and authorization, which cost about a sixth of a cached read's
        // CPU (profiled on catalog-service's product page) and say nothing the request span does not.
        defaults.put("management.observations.enable.spring.security", "false");
        String otlpEndpoint = environment.getProperty(OTLP_ENDPOINT_VARIABLE);
        boolean serviceConfiguredEndpoint = StringUtils.hasText(environment.getProperty(OTLP_TRACING_ENDPOINT));
        boolean exportFromVariable = isDeployed(environment) && StringUtils.hasText(otlpEndpoint);
        if (exportFromVariable) {
            defaults.put(OTLP_TRACING_ENDPOINT, tracesUrl(otlpEndpoint));
        }
        // Locally nothing listens for spans; exporting there only produces connection errors in the log
        defaults.put("management.tracing.export.otlp.enabled", String.valueOf(exportFromVariable || serviceConfiguredEndpoint));
        defaults.put("management.logging.export.otlp.enabled", "false");
    }

    private static void kafka(Map<String, Object> defaults) {
        // observation on both sides is what carries the trace id through events (traceparent record header)
        defaults.put("spring.kafka.template.observation-enabled", "true");
        defaults.put("spring.kafka.listener.observation-enabled", "true");
    }

    private static void logging(Map<String, Object> defaults, boolean deployed) {
        defaults.put("logging.pattern.correlation", "[${spring.application.name:},%X{traceId:-},%X{spanId:-}] ");
        if (deployed) {
            defaults.put("logging.structured.format.console", "ecs");
        }
    }

    static boolean isDeployed(ConfigurableEnvironment environment) {
        return Arrays.stream(environment.getActiveProfiles()).anyMatch(DEPLOYED_PROFILES::contains)
                || CloudPlatform.getActive(environment) == CloudPlatform.KUBERNETES;
    }

    static String tracesUrl(String endpoint) {
        String base = endpoint.trim();
        if (base.endsWith("/v1/traces")) {
            return base;
        }
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/v1/traces";
    }

    @Override
    public int getOrder() {
        // after ConfigDataEnvironmentPostProcessor so active profiles from application.yml are known
        return Ordered.LOWEST_PRECEDENCE;
    }
}
