package com.fleetcommerce.warehouse.reservation.application;

import java.util.Map;

import com.fleetcommerce.shared.web.problem.ProblemCodes;
import com.fleetcommerce.shared.web.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** A reservation call that could not be answered in time or while the service shuts down: 503, safe to repeat. */
class ReservationsBusyException extends ProblemException {

    ReservationsBusyException(String detail) {
        super(ProblemCodes.SERVICE_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE,
                detail + "; repeat the request with the same reservation key to get its outcome", Map.of(), null);
    }
}
