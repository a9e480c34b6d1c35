package com.fleetcommerce.auth.demo;

import java.util.List;

import com.fleetcommerce.auth.account.application.AccountAdminService;
import com.fleetcommerce.auth.account.domain.AccountKind;
import com.fleetcommerce.auth.config.AuthProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Local demo accounts (platform.demo-data.enabled): a staff admin with a broad permission list and a customer, with
 * the local-only passwords of {@code platform.auth.demo.*}. Idempotent: an existing email is left alone.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo-data.enabled")
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    static final String ADMIN_EMAIL = "admin@fleetcommerce.local";
    static final String CUSTOMER_EMAIL = "customer@fleetcommerce.local";
    /** user-service's whole permission catalogue (its PermissionCatalogue.ALL): the demo admin may do everything. */
    static final List<String> ADMIN_PERMISSIONS = List.of("catalog:read", "catalog:write", "inventory:read",
            "inventory:write", "inventory:adjust", "warehouse:manage", "prices:read", "prices:write", "orders:read",
            "orders:write", "orders:refund", "customers:read", "customers:write", "promotions:read",
            "promotions:write", "reviews:moderate", "users:read", "users:manage", "roles:manage", "audit:read",
            "auth:keys:manage", "settings:manage");

    private final AccountAdminService admin;
    private final AuthProperties properties;

    DemoAccounts(AccountAdminService admin, AuthProperties properties) {
        this.admin = admin;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (admin.ensureDemoAccount(ADMIN_EMAIL, properties.demo().adminPassword(), AccountKind.STAFF,
                List.of("admin"), ADMIN_PERMISSIONS)) {
            log.info("Demo staff admin {} created (local-only password from platform.auth.demo.admin-password)", ADMIN_EMAIL);
        }
        if (admin.ensureDemoAccount(CUSTOMER_EMAIL, properties.demo().customerPassword(), AccountKind.CUSTOMER,
                List.of(), List.of())) {
            log.info("Demo customer {} created", CUSTOMER_EMAIL);
        }
    }
}
