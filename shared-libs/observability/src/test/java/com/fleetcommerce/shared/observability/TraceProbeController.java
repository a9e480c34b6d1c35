package com.fleetcommerce.shared.observability;

import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reports what a request handler sees of its own trace, so tests can compare it with headers, logs and spans. */
@RestController
class TraceProbeController {

    static final String LOG_MESSAGE = "handling traced probe request";

    private static final Logger log = LoggerFactory.getLogger(TraceProbeController.class);

    @GetMapping("/probe/trace")
    Map<String, String> trace() {
        log.info(LOG_MESSAGE);
        return Map.of(
                "traceIds", TraceIds.current().orElse(""),
                "mdc", Objects.requireNonNullElse(MDC.get("traceId"), ""));
    }
}
