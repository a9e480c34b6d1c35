package com.fleetcommerce.user.staff.web;

import java.util.Locale;
import java.util.UUID;

import com.fleetcommerce.shared.security.method.RequiresPermission;
import com.fleetcommerce.shared.web.http.ETags;
import com.fleetcommerce.shared.web.idempotency.IdempotencyKeyRequired;
import com.fleetcommerce.shared.web.page.PageQuery;
import com.fleetcommerce.shared.web.page.PageResponse;
import com.fleetcommerce.shared.web.problem.InvalidParameterException;
import com.fleetcommerce.user.staff.application.CreateStaffUser;
import com.fleetcommerce.user.staff.application.StaffUserService;
import com.fleetcommerce.user.staff.application.UserSessionsView;
import com.fleetcommerce.user.staff.application.UserView;
import com.fleetcommerce.user.staff.domain.UserStatus;
import com.fleetcommerce.user.staff.domain.UserSearch;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Staff users: read with {@code users:read}, change with {@code users:manage}. */
@RestController
@RequestMapping("/api/v1/users")
class StaffUserController {

    private final StaffUserService users;

    StaffUserController(StaffUserService users) {
        this.users = users;
    }

    /** Creates the auth account and the user; a repeat with the same Idempotency-Key replays the first answer. */
    @PostMapping
    @RequiresPermission("users:manage")
    @IdempotencyKeyRequired
    ResponseEntity<UserView> create(@Valid @RequestBody CreateUserRequest request) {
        UserView user = users.create(new CreateStaffUser(request.email().trim(), request.name().trim(),
                request.title(), request.warehouseIds(), request.roles()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                        .buildAndExpand(user.id()).toUri())
                .eTag(ETags.of(user.version())).body(user);
    }

    @GetMapping
    @RequiresPermission("users:read")
    PageResponse<UserView> search(@RequestParam(required = false) String q,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) String role,
                                  PageQuery page) {
        return users.search(new UserSearch(blankToNull(q), status(status), blankToNull(role)), page);
    }

    @GetMapping("/{id}")
    @RequiresPermission("users:read")
    ResponseEntity<UserView> get(@PathVariable UUID id) {
        UserView user = users.get(id);
        return ResponseEntity.ok().eTag(ETags.of(user.version())).body(user);
    }

    @PutMapping("/{id}")
    @RequiresPermission("users:manage")
    ResponseEntity<UserView> update(@PathVariable UUID id, @Valid @RequestBody UpdateUserRequest request,
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        UserView user = users.describe(id, ifMatch, request.name().trim(), request.title(), request.warehouseIds());
        return ResponseEntity.ok().eTag(ETags.of(user.version())).body(user);
    }

    @PostMapping("/{id}/disable")
    @RequiresPermission("users:manage")
    UserView disable(@PathVariable UUID id) {
        return users.setEnabled(id, false);
    }

    @PostMapping("/{id}/enable")
    @RequiresPermission("users:manage")
    UserView enable(@PathVariable UUID id) {
        return users.setEnabled(id, true);
    }

    @PostMapping("/{id}/roles/{role}")
    @RequiresPermission("users:manage")
    UserView assignRole(@PathVariable UUID id, @PathVariable String role) {
        return users.assignRole(id, role);
    }

    @DeleteMapping("/{id}/roles/{role}")
    @RequiresPermission("users:manage")
    UserView removeRole(@PathVariable UUID id, @PathVariable String role) {
        return users.removeRole(id, role);
    }

    /** Live sessions and recent logins, from auth-service; they show IP addresses, hence users:manage. */
    @GetMapping("/{id}/sessions")
    @RequiresPermission("users:manage")
    UserSessionsView sessions(@PathVariable UUID id) {
        return users.sessions(id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static UserStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UserStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("status", "must be ACTIVE or DISABLED", value);
        }
    }
}
