package com.fleetcommerce.shared.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Boot's whitelabel/JSON error endpoint so that errors raised outside Spring MVC (a filter calling
 * {@code sendError}, the servlet container refusing a request, an exception escaping a filter) are problems too.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ProblemDetailFactory problems;

    public ProblemErrorController(ProblemDetailFactory problems) {
        this.problems = problems;
    }

    @RequestMapping
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatusCode status = statusOf(request);
        String code = ProblemCodes.forStatus(status.value());
        String detail;
        if (status.is5xxServerError()) {
            detail = PlatformExceptionHandler.INTERNAL_ERROR_DETAIL;
        }
        else if (status.value() == 404) {
            detail = "No resource exists at this path.";
        }
        else {
            HttpStatus known = HttpStatus.resolve(status.value());
            detail = known != null ? known.getReasonPhrase() + "." : "The request was refused.";
        }
        ProblemDetail body = problems.create(status, code, detail, request);
        if (status.is5xxServerError()) {
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            log.error("Request {} failed with {} outside Spring MVC [traceId={}]",
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), status.value(),
                    body.getProperties().get("traceId"), failure instanceof Throwable t ? t : null);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static HttpStatusCode statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value && value >= 400 && value < 600) {
            return HttpStatusCode.valueOf(value);
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
