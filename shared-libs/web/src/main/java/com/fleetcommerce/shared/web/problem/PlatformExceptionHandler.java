package com.fleetcommerce.shared.web.problem;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestCookieException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers every exception that leaves a controller with an RFC 9457 problem ({@code application/problem+json}) that
 * carries a stable {@code code} and the {@code traceId}. Bad input is always a 4xx; anything unexpected is a 500
 * with a generic detail (the exception is logged with the trace id, never shown).
 *
 * <p>Ordered last so that a service's own {@code @RestControllerAdvice} (default order) is asked first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PlatformExceptionHandler extends ResponseEntityExceptionHandler {

    static final String INTERNAL_ERROR_DETAIL = "An unexpected error occurred. Quote the traceId when reporting it.";
    private static final String JPA_OPTIMISTIC_LOCK = "jakarta.persistence.OptimisticLockException";
    private static final String HIBERNATE_STALE_STATE = "org.hibernate.StaleStateException";

    private static final Logger log = LoggerFactory.getLogger(PlatformExceptionHandler.class);

    private final ProblemDetailFactory problems;

    public PlatformExceptionHandler(ProblemDetailFactory problems) {
        this.problems = problems;
    }

    // ---- the platform's own exceptions ----------------------------------------------------------------------------

    @ExceptionHandler(ProblemException.class)
    public ResponseEntity<Object> handleProblemException(ProblemException ex, WebRequest request) {
        return respond(ex, problems.create(ex, servletRequest(request)), new HttpHeaders(), request);
    }

    @ExceptionHandler(InvalidValueException.class)
    public ResponseEntity<Object> handleInvalidValue(InvalidValueException ex, WebRequest request) {
        return respond(ex, problems.validationFailed("The request contains an invalid value.",
                JsonReadErrors.violations(ex), servletRequest(request)), new HttpHeaders(), request);
    }

    @ExceptionHandler(InvalidFieldsException.class)
    public ResponseEntity<Object> handleInvalidFields(InvalidFieldsException ex, WebRequest request) {
        return respond(ex, problems.validationFailed("The request contains invalid values.", ex.errors(),
                servletRequest(request)), new HttpHeaders(), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        return respond(ex, problems.validationFailed("The request is invalid.", ValidationViolations.of(ex),
                servletRequest(request)), new HttpHeaders(), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    public ResponseEntity<Object> handleOptimisticLock(OptimisticLockingFailureException ex, WebRequest request) {
        return conflict(ex, request);
    }

    /**
     * Last resort. Walks the cause chain first: a wrapped rule violation, size limit or optimistic-lock failure is
     * still the caller's problem, not ours.
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        ProblemException problem = Causes.find(ex, ProblemException.class);
        if (problem != null) {
            return handleProblemException(problem, request);
        }
        InvalidValueException invalid = Causes.find(ex, InvalidValueException.class);
        if (invalid != null) {
            return handleInvalidValue(invalid, request);
        }
        if (Causes.find(ex, OptimisticLockingFailureException.class) != null
                || Causes.containsNamed(ex, JPA_OPTIMISTIC_LOCK) || Causes.containsNamed(ex, HIBERNATE_STALE_STATE)) {
            return conflict(ex, request);
        }
        HttpServletRequest servletRequest = servletRequest(request);
        ProblemDetail body = problems.create(HttpStatus.INTERNAL_SERVER_ERROR, ProblemCodes.INTERNAL_ERROR,
                INTERNAL_ERROR_DETAIL, servletRequest);
        return respond(ex, body, new HttpHeaders(), request);
    }

    private ResponseEntity<Object> conflict(Exception ex, WebRequest request) {
        ProblemDetail body = problems.create(HttpStatus.CONFLICT, ProblemCodes.CONFLICT,
                "The resource was changed by someone else. Reload it and retry.", servletRequest(request));
        return respond(ex, body, new HttpHeaders(), request);
    }

    // ---- Spring MVC's exceptions, with our codes and field errors --------------------------------------------------

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> errors = violations().of(ex.getBindingResult(), locale());
        return respond(ex, problems.validationFailed("The request is invalid.", errors, servletRequest(request)),
                headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> errors = violations().of(ex, locale());
        return respond(ex, problems.validationFailed("The request is invalid.", errors, servletRequest(request)),
                headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = servletRequest(request);
        PayloadTooLargeException tooLarge = Causes.find(ex, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return handleProblemException(tooLarge, request);
        }
        List<FieldViolation> errors = JsonReadErrors.violations(ex);
        if (!errors.isEmpty()) {
            return respond(ex, problems.validationFailed("The request body contains invalid values.", errors,
                    servletRequest), headers, request);
        }
        String detail = isMissingBody(ex) ? "The request body is missing."
                : "The request body could not be read: it is not well-formed JSON of the expected shape.";
        return respond(ex, problems.create(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST, detail,
                servletRequest), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
        String message = TypeDescriptions.mustBe(ex.getRequiredType());
        Object value = ex.getValue() == null ? null : String.valueOf(ex.getValue());
        List<FieldViolation> errors = List.of(new FieldViolation(field, message, RejectedValues.displayable(field, value)));
        return respond(ex, problems.validationFailed("Parameter '" + field + "' " + message + ".", errors,
                servletRequest(request)), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return missingParameter(ex, ex.getParameterName(), "Required parameter '" + ex.getParameterName()
                + "' is missing.", headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return missingParameter(ex, ex.getRequestPartName(), "Required part '" + ex.getRequestPartName()
                + "' is missing.", headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingPathVariable(MissingPathVariableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError()) {
            // the mapping declares a variable the route does not have: our bug, not the caller's
            return handleUnexpected(ex, request);
        }
        return missingParameter(ex, ex.getVariableName(), "Required path variable '" + ex.getVariableName()
                + "' is missing.", headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = servletRequest(request);
        if (ex instanceof MissingRequestHeaderException missing) {
            ProblemDetail body = problems.create(HttpStatus.BAD_REQUEST, ProblemCodes.MISSING_HEADER,
                    "Required header '" + missing.getHeaderName() + "' is missing.", servletRequest);
            body.setProperty("header", missing.getHeaderName());
            return respond(ex, body, headers, request);
        }
        if (ex instanceof MissingRequestCookieException missing) {
            return missingParameter(ex, missing.getCookieName(), "Required cookie '" + missing.getCookieName()
                    + "' is missing.", headers, request);
        }
        return respond(ex, problems.create(HttpStatus.BAD_REQUEST, ProblemCodes.BAD_REQUEST,
                "The request does not match what this endpoint requires.", servletRequest), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return notFound(ex, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return notFound(ex, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(ex, problems.create(status, ProblemCodes.METHOD_NOT_ALLOWED,
                "Method " + ex.getMethod() + " is not supported here.", servletRequest(request)), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = ex.getContentType() == null ? "The request has no Content-Type."
                : "Content-Type '" + ex.getContentType() + "' is not supported.";
        ProblemDetail body = problems.create(status, ProblemCodes.UNSUPPORTED_MEDIA_TYPE, detail, servletRequest(request));
        body.setProperty("supported", ex.getSupportedMediaTypes().stream().map(MediaType::toString).toList());
        return respond(ex, body, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = problems.create(status, ProblemCodes.NOT_ACCEPTABLE,
                "None of the media types in the Accept header can be produced.", servletRequest(request));
        body.setProperty("supported", ex.getSupportedMediaTypes().stream().map(MediaType::toString).toList());
        return respond(ex, body, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = problems.create(HttpStatus.CONTENT_TOO_LARGE, ProblemCodes.PAYLOAD_TOO_LARGE,
                "The upload exceeds the maximum allowed size.", servletRequest(request));
        if (ex.getMaxUploadSize() > 0) {
            body.setProperty("maxBytes", ex.getMaxUploadSize());
        }
        return respond(ex, body, headers, request);
    }

    /**
     * Everything else Spring MVC raises goes through here with a status it chose: keep the status, use our code for
     * it, and never pass on the text of a server-side failure.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getProperties() != null
                && problem.getProperties().containsKey("code")) {
            return super.handleExceptionInternal(ex, body, problemHeaders(headers), statusCode, request);
        }
        if (body == null && ex instanceof ErrorResponse errorResponse) {
            body = errorResponse.updateAndGetBody(getMessageSource(), locale());
        }
        String detail = body instanceof ProblemDetail problem ? problem.getDetail() : null;
        if (detail == null) {
            HttpStatus known = HttpStatus.resolve(statusCode.value());
            detail = known == null ? "The request could not be processed." : known.getReasonPhrase() + ".";
        }
        if (statusCode.is5xxServerError()) {
            detail = statusCode.value() == 500 ? INTERNAL_ERROR_DETAIL : "The service cannot handle the request right now.";
        }
        ProblemDetail problem = problems.create(statusCode, ProblemCodes.forStatus(statusCode.value()), detail,
                servletRequest(request));
        return respond(ex, problem, headers, request);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private ResponseEntity<Object> missingParameter(Exception ex, String name, String detail, HttpHeaders headers,
            WebRequest request) {
        ProblemDetail body = problems.create(HttpStatus.BAD_REQUEST, ProblemCodes.MISSING_PARAMETER, detail,
                servletRequest(request));
        body.setProperty("parameter", name);
        return respond(ex, body, headers, request);
    }

    private ResponseEntity<Object> notFound(Exception ex, HttpHeaders headers, WebRequest request) {
        return respond(ex, problems.create(HttpStatus.NOT_FOUND, ProblemCodes.NOT_FOUND,
                "No resource exists at this path.", servletRequest(request)), headers, request);
    }

    private ResponseEntity<Object> respond(Exception ex, ProblemDetail body, HttpHeaders headers, WebRequest request) {
        HttpStatusCode status = HttpStatusCode.valueOf(body.getStatus());
        log(ex, body, request);
        return super.handleExceptionInternal(ex, body, problemHeaders(headers), status, request);
    }

    private void log(Exception ex, ProblemDetail body, WebRequest request) {
        HttpServletRequest servletRequest = servletRequest(request);
        String where = servletRequest == null ? "" : servletRequest.getMethod() + " " + servletRequest.getRequestURI();
        Object traceId = body.getProperties() == null ? null : body.getProperties().get("traceId");
        if (body.getStatus() >= 500) {
            log.error("Request {} failed with {} [traceId={}]", where, body.getStatus(), traceId, ex);
        }
        else if (log.isDebugEnabled()) {
            log.debug("Request {} answered {} {} [traceId={}]: {}", where, body.getStatus(),
                    body.getProperties() == null ? null : body.getProperties().get("code"), traceId, ex.toString());
        }
    }

    /** Always problem+json, even when the client's Accept header would not allow it (RFC 9457 section 3). */
    private static HttpHeaders problemHeaders(HttpHeaders headers) {
        HttpHeaders copy = headers == null ? new HttpHeaders() : HttpHeaders.copyOf(headers);
        copy.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return copy;
    }

    private ValidationViolations violations() {
        return new ValidationViolations(getMessageSource());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static boolean isMissingBody(HttpMessageNotReadableException ex) {
        return ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing");
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return request instanceof NativeWebRequest nativeRequest
                ? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
    }
}
