package com.fleetcommerce.shared.web.problem;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds every problem response of the platform the same way: {@code type} derived from the stable {@code code},
 * {@code title}, {@code status}, {@code detail}, {@code instance} (the request path), {@code code} and {@code traceId}.
 */
public class ProblemDetailFactory {

    public static final String DEFAULT_TYPE_BASE = "https://errors.fleetcommerce.dev/";

    private final String typeBase;

    public ProblemDetailFactory(String typeBase) {
        this.typeBase = typeBase.endsWith("/") ? typeBase : typeBase + "/";
    }

    public ProblemDetail create(HttpStatusCode status, String code, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(typeOf(code));
        problem.setTitle(ProblemCodes.titleOf(code));
        URI instance = instanceOf(request);
        if (instance != null) {
            problem.setInstance(instance);
        }
        problem.setProperty("code", code);
        problem.setProperty("traceId", traceIdOf(request));
        return problem;
    }

    public ProblemDetail create(ProblemException ex, HttpServletRequest request) {
        ProblemDetail problem = create(ex.status(), ex.code(), ex.detail(), request);
        ex.properties().forEach(problem::setProperty);
        if (ex instanceof InvalidParameterException invalid) {
            problem.setProperty("errors", invalid.violations());
        }
        return problem;
    }

    public ProblemDetail validationFailed(String detail, List<FieldViolation> errors, HttpServletRequest request) {
        ProblemDetail problem = create(HttpStatusCode.valueOf(400), ProblemCodes.VALIDATION_FAILED, detail, request);
        problem.setProperty("errors", List.copyOf(errors));
        return problem;
    }

    public URI typeOf(String code) {
        return URI.create(typeBase + code);
    }

    /**
     * The trace id of the request (shared-observability's {@code TraceIds}); when nothing traces it, an id generated
     * and logged once per request, so a problem always carries one.
     */
    public String traceIdOf(HttpServletRequest request) {
        return ProblemTraceIds.of(request);
    }

    /** The request path (without query: it may hold personal data); on an error dispatch, the original path. */
    private static URI instanceOf(HttpServletRequest request) {
        if (request == null) {
            return null;
        }
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String s ? s : request.getRequestURI();
        if (path == null || path.isEmpty()) {
            return null;
        }
        try {
            return new URI(path);
        }
        catch (URISyntaxException ex) {
            try {
                // quotes whatever characters the raw path carries that a URI may not
                return new URI(null, null, path, null);
            }
            catch (URISyntaxException stillInvalid) {
                return null;
            }
        }
    }

    /** Problem members in RFC 9457 order, then the extension members: the shape filters write by hand. */
    public static Map<String, Object> toMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        if (problem.getTitle() != null) {
            body.put("title", problem.getTitle());
        }
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
