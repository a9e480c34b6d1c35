package com.fleetcommerce.customer.verification.web;

import java.util.Map;

import com.fleetcommerce.customer.customer.application.CustomerAccess;
import com.fleetcommerce.customer.verification.application.VerificationRequested;
import com.fleetcommerce.customer.verification.application.VerificationResult;
import com.fleetcommerce.customer.verification.application.VerificationService;
import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import jakarta.validation.Valid;
import com.fleetcommerce.customer.verification.application.ResendTooSoonException;
import com.fleetcommerce.shared.web.problem.ProblemDetailFactory;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers/me/verifications")
public class VerificationController {

    private final CustomerAccess access;
    private final VerificationService verifications;
    private final ProblemDetailFactory problems;

    VerificationController(CustomerAccess access, VerificationService verifications, ProblemDetailFactory problems) {
        this.access = access;
        this.verifications = verifications;
        this.problems = problems;
    }

    @ExceptionHandler(ResendTooSoonException.class)
    ResponseEntity<ProblemDetail> tooSoon(ResendTooSoonException ex, HttpServletRequest request) {
        return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
                .body(problems.create(ex, request));
    }

    /** 202: a code is on its way to the customer's email or phone (the answer never contains it). */
    @PostMapping
    ResponseEntity<VerificationRequested> request(@Valid @RequestBody VerificationRequest request) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(verifications.request(access.me(), request.channel()));
    }

    @PostMapping("/confirm")
    ResponseEntity<Void> confirm(@Valid @RequestBody VerificationConfirmRequest request) {
        VerificationResult result = verifications.confirm(access.me(), request.channel(), request.code());
        return switch (result.outcome()) {
            case VERIFIED -> ResponseEntity.noContent().build();
            case WRONG_CODE -> throw new BusinessRuleException("verification-code-invalid",
                    HttpStatus.UNPROCESSABLE_CONTENT, "The code is wrong.",
                    Map.of("attemptsLeft", result.attemptsLeft()));
            case DEAD -> throw new BusinessRuleException("verification-code-dead",
                    "Too many wrong attempts: this code no longer works. Request a new one.");
            case EXPIRED -> throw new BusinessRuleException("verification-code-expired",
                    "The code has expired. Request a new one.");
            case NO_CODE -> throw new BusinessRuleException("verification-not-requested",
                    "No code is pending for this channel. Request one first.");
        };
    }
}
