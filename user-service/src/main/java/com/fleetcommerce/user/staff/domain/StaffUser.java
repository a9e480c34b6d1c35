package com.fleetcommerce.user.staff.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fleetcommerce.shared.web.problem.BusinessRuleException;

/**
 * A staff member: the person (name, title, the warehouses they may act on, their roles) behind an auth-service
 * account ({@code accountId}). Changes go through the methods, which say whether anything changed so callers only
 * push authorities and write audit records for real changes.
 */
public final class StaffUser {

    public static final int MAX_ROLES = 50;

    private final UUID id;
    private final UUID accountId;
    private final String email;
    private String name;
    private String title;
    private UserStatus status;
    private final Set<UUID> warehouseIds;
    private final Set<String> roles;
    private final long version;
    private final Instant createdAt;
    private final Instant updatedAt;

    public StaffUser(UUID id, UUID accountId, String email, String name, String title, UserStatus status,
                     Collection<UUID> warehouseIds, Collection<String> roles, long version, Instant createdAt,
                     Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.email = Objects.requireNonNull(email, "email");
        this.name = Objects.requireNonNull(name, "name");
        this.title = title;
        this.status = Objects.requireNonNull(status, "status");
        this.warehouseIds = new TreeSet<>(warehouseIds);
        this.roles = new TreeSet<>(roles);
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        if (this.roles.size() > MAX_ROLES) {
            throw new BusinessRuleException("too-many-roles", "a user holds at most " + MAX_ROLES + " roles");
        }
    }

    /** Name, title and warehouses. */
    public boolean describe(String newName, String newTitle, Collection<UUID> newWarehouseIds) {
        boolean changed = !name.equals(newName) || !Objects.equals(title, newTitle)
                || !warehouseIds.equals(new TreeSet<>(newWarehouseIds));
        name = newName;
        title = newTitle;
        warehouseIds.clear();
        warehouseIds.addAll(newWarehouseIds);
        return changed;
    }

    public boolean assign(String role) {
        if (roles.contains(role)) {
            return false;
        }
        if (roles.size() >= MAX_ROLES) {
            throw new BusinessRuleException("too-many-roles", "a user holds at most " + MAX_ROLES + " roles");
        }
        return roles.add(role);
    }

    public boolean remove(String role) {
        return roles.remove(role);
    }

    /** @return false when already disabled (nothing to do) */
    public boolean disable() {
        if (status == UserStatus.DISABLED) {
            return false;
        }
        status = UserStatus.DISABLED;
        return true;
    }

    public boolean enable() {
        if (status == UserStatus.ACTIVE) {
            return false;
        }
        status = UserStatus.ACTIVE;
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public UserStatus status() {
        return status;
    }

    public Set<UUID> warehouseIds() {
        return Set.copyOf(warehouseIds);
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
