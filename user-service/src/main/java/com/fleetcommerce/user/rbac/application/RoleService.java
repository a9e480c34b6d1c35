package com.fleetcommerce.user.rbac.application;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fleetcommerce.shared.audit.AuditLog;
import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import com.fleetcommerce.shared.web.problem.ConflictException;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import com.fleetcommerce.user.rbac.domain.Role;
import com.fleetcommerce.user.rbac.domain.RoleDefinitionChanged;
import com.fleetcommerce.user.rbac.persistence.JdbcRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Role definitions. A change to a role's permissions is published in-process ({@link RoleDefinitionChanged}); the
 * staff feature pushes the new effective authorities of every holder to auth-service in the same transaction, so
 * if auth-service cannot take them the change is rolled back and the caller gets 503.
 */
@Service
public class RoleService {

    private final JdbcRoles roles;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    RoleService(JdbcRoles roles, AuditLog auditLog, ApplicationEventPublisher events) {
        this.roles = roles;
        this.auditLog = auditLog;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<RoleView> list() {
        return roles.all().stream().map(RoleView::of).toList();
    }

    @Transactional(readOnly = true)
    public RoleView get(String name) {
        return RoleView.of(roles.find(name).orElseThrow(() -> new ResourceNotFoundException("role", name)));
    }

    @Transactional
    public RoleView create(String name, String description, Collection<String> permissions) {
        Role role = Role.custom(name, description, permissions);
        if (!roles.insert(role)) {
            throw new ConflictException("role-exists", "a role named " + name + " already exists", java.util.Map.of());
        }
        RoleView view = get(name);
        auditLog.record("role.created", "role", name, null, view);
        return view;
    }

    @Transactional
    public RoleView redefine(String name, String description, Collection<String> permissions) {
        Role current = roles.lock(name).orElseThrow(() -> new ResourceNotFoundException("role", name));
        RoleView before = RoleView.of(current);
        Role changed = current.redefine(description, permissions);
        roles.update(changed);
        RoleView after = get(name);
        auditLog.record("role.changed", "role", name, before, after);
        if (!before.permissions().equals(after.permissions())) {
            events.publishEvent(new RoleDefinitionChanged(name));
        }
        return after;
    }

    @Transactional
    public void delete(String name) {
        Role current = roles.lock(name).orElseThrow(() -> new ResourceNotFoundException("role", name));
        current.requireCustom("deleted");
        long holders = roles.holders(name);
        if (holders > 0) {
            throw new ConflictException("role-in-use", "role " + name + " is held by " + holders
                    + " user(s); remove it from them first", java.util.Map.of("holders", holders));
        }
        roles.delete(name);
        auditLog.record("role.deleted", "role", name, RoleView.of(current), null);
    }

    /** The roles named, all of which must exist (422 {@code unknown-role} otherwise). */
    @Transactional(readOnly = true)
    public List<Role> requireExisting(Collection<String> names) {
        Set<String> wanted = new TreeSet<>(names);
        List<Role> found = roles.findAll(wanted);
        if (found.size() != wanted.size()) {
            wanted.removeAll(found.stream().map(Role::name).toList());
            throw new BusinessRuleException("unknown-role", "no such role: " + String.join(", ", wanted));
        }
        return found;
    }
}
