package com.fleetcommerce.customer.common.web;

import java.util.List;

import com.fleetcommerce.customer.common.domain.InvalidFieldsException;
import com.fleetcommerce.shared.web.problem.FieldViolation;
import com.fleetcommerce.shared.web.problem.ProblemDetailFactory;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the domain's {@link InvalidFieldsException} with shared-web's 400 {@code validation-failed} problem and
 * every field error. Ordered first: the platform handler's catch-all would otherwise answer it with a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class InvalidFieldsAdvice {

    private final ProblemDetailFactory problems;

    public InvalidFieldsAdvice(ProblemDetailFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidFieldsException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidFieldsException ex, HttpServletRequest request) {
        List<FieldViolation> errors = ex.errors().stream()
                .map(e -> FieldViolation.of(e.field(), e.message())).toList();
        ProblemDetail body = problems.validationFailed("The request contains invalid values.", errors, request);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
