package com.fleetcommerce.user.staff.persistence;

import java.util.Map;

import com.fleetcommerce.shared.web.problem.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * auth-service did not do what user-service asked (down, timed out, refused the service token, or lacks the
 * endpoint): 503, and the business transaction that needed it rolls back, so nothing is stored half-done.
 */
public class AuthServiceUnavailableException extends ProblemException {

    public AuthServiceUnavailableException(String code, String detail, Throwable cause) {
        super(code, HttpStatus.SERVICE_UNAVAILABLE, detail, Map.of(), cause);
    }
}
