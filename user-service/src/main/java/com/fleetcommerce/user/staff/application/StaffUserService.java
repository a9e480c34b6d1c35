package com.fleetcommerce.user.staff.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fleetcommerce.shared.audit.AuditLog;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.web.http.ETags;
import com.fleetcommerce.shared.web.page.PageQuery;
import com.fleetcommerce.shared.web.page.PageResponse;
import com.fleetcommerce.shared.web.problem.ConflictException;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import com.fleetcommerce.user.rbac.application.RoleService;
import com.fleetcommerce.user.rbac.domain.RoleDefinitionChanged;
import com.fleetcommerce.user.staff.domain.StaffUser;
import com.fleetcommerce.user.staff.domain.UserStatus;
import com.fleetcommerce.user.staff.persistence.AuthAccountsClient;
import com.fleetcommerce.user.staff.persistence.AuthSession;
import com.fleetcommerce.user.staff.persistence.JdbcStaffUsers;
import com.fleetcommerce.user.staff.domain.UserSearch;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff users. Every change that auth-service must know (the account, its roles and permissions, enabled or not) is
 * made there first, inside this service's transaction: if auth-service fails, the transaction rolls back and the
 * caller gets 503 with nothing stored. Every change is audited through shared-audit.
 */
@Service
public class StaffUserService {

    private final JdbcStaffUsers users;
    private final RoleService roles;
    private final AuthorityPush authorities;
    private final AuthAccountsClient auth;
    private final AuditLog auditLog;
    private final Clock clock;

    StaffUserService(JdbcStaffUsers users, RoleService roles, AuthorityPush authorities, AuthAccountsClient auth,
                     AuditLog auditLog, Clock clock) {
        this.users = users;
        this.roles = roles;
        this.authorities = authorities;
        this.auth = auth;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public UserView create(CreateStaffUser command) {
        // checked before auth-service is asked, so a duplicate never leaves an orphan account there
        if (users.emailTaken(command.email())) {
            throw new ConflictException("email-taken", "a staff user with this email already exists", Map.of());
        }
        Instant now = clock.instant();
        StaffUser draft = new StaffUser(Uuids.v7(), new UUID(0, 0), command.email(), command.name(), command.title(),
                UserStatus.ACTIVE, command.warehouseIds(), command.roles(), 0, now, now);
        AuthorityPush.Authorities effective = authorities.effective(draft);
        UUID accountId = auth.createStaff(command.email(), effective.roles(), effective.permissions(),
                effective.warehouses());
        StaffUser user = new StaffUser(draft.id(), accountId, draft.email(), draft.name(), draft.title(),
                draft.status(), draft.warehouseIds(), draft.roles(), 0, now, now);
        users.insert(user, now);
        authorities.published(user, effective);
        UserView view = get(user.id());
        auditLog.record("user.created", "staff-user", user.id().toString(), null, view);
        return view;
    }

    @Transactional(readOnly = true)
    public UserView get(UUID id) {
        return view(users.find(id).orElseThrow(() -> new ResourceNotFoundException("staff-user", id)));
    }

    @Transactional(readOnly = true)
    public PageResponse<UserView> search(UserSearch search, PageQuery page) {
        long total = users.count(search);
        List<UserView> items = users.search(search, page.offset(), page.size()).stream().map(this::view).toList();
        return PageResponse.of(items, page, total);
    }

    /**
     * Name, title, warehouses; optimistic locking with {@code If-Match} (optional: no header, no check). Changed
     * warehouses go to auth-service like roles do (they are in the tokens).
     */
    @Transactional
    public UserView describe(UUID id, String ifMatch, String name, String title, List<UUID> warehouseIds) {
        StaffUser user = lock(id);
        ETags.checkIfMatch(ifMatch, user.version());
        UserView before = view(user);
        Set<UUID> warehousesBefore = user.warehouseIds();
        if (user.describe(name, title, warehouseIds)) {
            users.update(user, clock.instant());
            if (!user.warehouseIds().equals(warehousesBefore)) {
                authorities.push(user);
            }
            UserView after = get(id);
            auditLog.record("user.updated", "staff-user", id.toString(), before, after);
            return after;
        }
        return before;
    }

    @Transactional
    public UserView assignRole(UUID id, String role) {
        roles.requireExisting(List.of(role));
        StaffUser user = lock(id);
        UserView before = view(user);
        if (!user.assign(role)) {
            return before;
        }
        return changeAuthorities(user, before, "user.role-assigned", role);
    }

    @Transactional
    public UserView removeRole(UUID id, String role) {
        StaffUser user = lock(id);
        UserView before = view(user);
        if (!user.remove(role)) {
            throw new ResourceNotFoundException("role-assignment", id + "/" + role);
        }
        return changeAuthorities(user, before, "user.role-removed", role);
    }

    @Transactional
    public UserView setEnabled(UUID id, boolean enabled) {
        StaffUser user = lock(id);
        UserView before = view(user);
        boolean changed = enabled ? user.enable() : user.disable();
        if (!changed) {
            return before;
        }
        users.update(user, clock.instant());
        auth.setEnabled(user.accountId(), enabled);
        UserView after = get(id);
        auditLog.record(enabled ? "user.enabled" : "user.disabled", "staff-user", id.toString(), before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public UserSessionsView sessions(UUID id) {
        StaffUser user = users.find(id).orElseThrow(() -> new ResourceNotFoundException("staff-user", id));
        List<SessionView> sessions = auth.sessions(user.accountId()).stream()
                .sorted(Comparator.comparing(AuthSession::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(s -> new SessionView(s.id(), s.device(), s.ip(), s.createdAt(), s.lastUsedAt(), s.endedAt(),
                        s.endedAt() == null))
                .toList();
        return new UserSessionsView(user.id(), user.accountId(), sessions);
    }

    /** A role's permissions changed: every holder's effective permissions go to auth-service, same transaction. */
    @EventListener
    void onRoleRedefined(RoleDefinitionChanged change) {
        for (StaffUser holder : users.lockHoldersOf(change.roleName())) {
            authorities.push(holder);
        }
    }

    private UserView changeAuthorities(StaffUser user, UserView before, String action, String role) {
        users.update(user, clock.instant());
        authorities.push(user);
        UserView after = get(user.id());
        auditLog.record(action, "staff-user", user.id().toString(), before, after);
        return after;
    }

    private StaffUser lock(UUID id) {
        return users.lock(id).orElseThrow(() -> new ResourceNotFoundException("staff-user", id));
    }

    private UserView view(StaffUser user) {
        AuthorityPush.Authorities effective = authorities.effective(user);
        return new UserView(user.id(), user.accountId(), user.email(), user.name(), user.title(), user.status(),
                List.copyOf(new TreeSet<>(user.warehouseIds())), effective.roles(), effective.permissions(),
                user.version(), user.createdAt(), user.updatedAt());
    }
}
