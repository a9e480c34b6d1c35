package com.fleetcommerce.user.staff.application;

import java.time.Clock;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import com.fleetcommerce.shared.events.outbox.OutboxWriter;
import com.fleetcommerce.shared.events.contracts.user.UserAuthoritiesChanged;
import com.fleetcommerce.user.rbac.application.RoleService;
import com.fleetcommerce.user.rbac.domain.Role;
import com.fleetcommerce.user.staff.domain.StaffUser;
import com.fleetcommerce.user.staff.persistence.AuthAccountsClient;
import org.springframework.stereotype.Component;

/**
 * Gets a user's effective roles and permissions to auth-service, which copies them into the tokens it issues.
 * <p>
 * Pushed through auth-service's API <em>inside</em> the business transaction (so the change is refused, and rolled
 * back, when auth-service cannot take it: the admin sees 503 instead of a change that silently never reaches
 * tokens), and also published as {@code user.authorities.changed.v1} on {@code user.user} through the outbox for
 * later consumers (gateway caches, reporting). The rare case of the push succeeding and the commit then failing
 * leaves auth-service one step ahead; the next change (or a repeat of the same one) converges it.
 */
@Component
class AuthorityPush {

    /** What tokens carry: roles, their permissions, and the warehouses (none: not limited to some). */
    record Authorities(List<String> roles, List<String> permissions, List<UUID> warehouses) {
    }

    private final RoleService roles;
    private final AuthAccountsClient auth;
    private final OutboxWriter outbox;
    private final Clock clock;

    AuthorityPush(RoleService roles, AuthAccountsClient auth, OutboxWriter outbox, Clock clock) {
        this.roles = roles;
        this.auth = auth;
        this.outbox = outbox;
        this.clock = clock;
    }

    Authorities effective(StaffUser user) {
        TreeSet<String> permissions = new TreeSet<>();
        for (Role role : roles.requireExisting(user.roles())) {
            permissions.addAll(role.permissions());
        }
        return new Authorities(List.copyOf(new TreeSet<>(user.roles())), List.copyOf(permissions),
                List.copyOf(new TreeSet<>(user.warehouseIds())));
    }

    /** Pushes to auth-service (throws 503 when it fails) and writes the event. */
    Authorities push(StaffUser user) {
        Authorities authorities = effective(user);
        auth.replaceAuthorities(user.accountId(), authorities.roles(), authorities.permissions(),
                authorities.warehouses());
        published(user, authorities);
        return authorities;
    }

    void published(StaffUser user, Authorities authorities) {
        outbox.append(UserAuthoritiesChanged.TOPIC, user.id().toString(), new UserAuthoritiesChanged(user.id(),
                user.accountId(), authorities.roles(), authorities.permissions(), authorities.warehouses(),
                clock.instant()));
    }
}
