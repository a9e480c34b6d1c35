package com.fleetcommerce.auth.account.web;

import java.util.UUID;

import com.fleetcommerce.auth.account.application.AccountAdminService;
import com.fleetcommerce.shared.security.method.RequiresScope;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service-internal: user-service (client-credentials token with scope {@code accounts:write}) creates staff accounts
 * and pushes their roles and permissions, which auth-service keeps as a replica to put into tokens.
 */
@RestController
@RequestMapping("/api/v1/auth/accounts")
@RequiresScope("accounts:write")
class AccountAdminController {

    private final AccountAdminService admin;

    AccountAdminController(AccountAdminService admin) {
        this.admin = admin;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AccountIdResponse create(@Valid @RequestBody StaffAccountRequest request) {
        return new AccountIdResponse(admin.createStaff(request.email(), request.phone(), request.roles(),
                request.permissions(), request.warehouses()));
    }

    @PutMapping("/{id}/authorities")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void authorities(@PathVariable UUID id, @Valid @RequestBody AuthoritiesRequest request) {
        admin.replaceAuthorities(id, request.roles(), request.permissions(), request.warehouses());
    }

    @PostMapping("/{id}/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@PathVariable UUID id) {
        admin.setEnabled(id, false);
    }

    @PostMapping("/{id}/enable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void enable(@PathVariable UUID id) {
        admin.setEnabled(id, true);
    }
}
