package com.fleetcommerce.shared.web.problem;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.HttpServletRequest;

import com.fleetcommerce.shared.observability.TraceIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trace id a problem response carries. It comes from shared-observability's {@link TraceIds}; only when nothing
 * traces the request is one generated here, because a problem must always give the caller an id to quote. The
 * generated id is logged with the request (so it still leads somewhere) and kept for the rest of the request.
 */
final class ProblemTraceIds {

    private static final Logger log = LoggerFactory.getLogger(ProblemTraceIds.class);
    private static final String REQUEST_ATTRIBUTE = ProblemTraceIds.class.getName() + ".generated";

    private ProblemTraceIds() {
    }

    static String of(HttpServletRequest request) {
        if (request != null && request.getAttribute(REQUEST_ATTRIBUTE) instanceof String generated) {
            return generated;
        }
        return TraceIds.current().orElseGet(() -> generate(request));
    }

    private static String generate(HttpServletRequest request) {
        String id = randomTraceId();
        if (request == null) {
            log.info("No trace context; generated traceId={}", id);
            return id;
        }
        log.info("No trace context for {} {}; generated traceId={}", request.getMethod(), request.getRequestURI(), id);
        request.setAttribute(REQUEST_ATTRIBUTE, id);
        return id;
    }

    /** 32 lower-case hex characters, the W3C trace-context shape, so generated ids look like real ones. */
    private static String randomTraceId() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
