package com.fleetcommerce.customer.customer.web;

import com.fleetcommerce.customer.customer.domain.CustomerDeletedException;
import com.fleetcommerce.shared.web.problem.ProblemDetailFactory;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A deleted (anonymised) customer is read-only: changes answer 409 {@code customer-deleted}. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CustomerProblemsAdvice {

    private final ProblemDetailFactory problems;

    public CustomerProblemsAdvice(ProblemDetailFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(CustomerDeletedException.class)
    ResponseEntity<ProblemDetail> deleted(CustomerDeletedException ex, HttpServletRequest request) {
        ProblemDetail body = problems.create(HttpStatus.CONFLICT, "customer-deleted",
                "This customer has been deleted; the data can no longer change.", request);
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
