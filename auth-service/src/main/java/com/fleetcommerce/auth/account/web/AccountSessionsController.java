package com.fleetcommerce.auth.account.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.auth.account.application.AccountSessionView;
import com.fleetcommerce.auth.account.application.SessionService;
import com.fleetcommerce.shared.security.method.RequiresScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Service-internal: user-service's sessions view of a staff member (client-credentials scope {@code sessions:read}). */
@RestController
class AccountSessionsController {

    private final SessionService sessions;
    private final Clock clock;

    AccountSessionsController(SessionService sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @GetMapping("/api/v1/auth/accounts/{id}/sessions")
    @RequiresScope("sessions:read")
    List<AccountSessionView> sessions(@PathVariable UUID id) {
        return sessions.sessionsOf(id, clock.instant());
    }
}
