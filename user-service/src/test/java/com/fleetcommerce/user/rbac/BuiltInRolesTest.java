package com.fleetcommerce.user.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fleetcommerce.user.UserIntegrationTest;
import com.fleetcommerce.user.rbac.domain.PermissionCatalogue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The roles Flyway seeds only use catalogued permissions, and admin holds the whole catalogue. */
@UserIntegrationTest
class BuiltInRolesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seededRolesUseOnlyCataloguedPermissions() {
        List<String> seeded = jdbc.queryForList("select distinct rp.permission from role_permission rp "
                + "join role r on r.name = rp.role_name where r.built_in", String.class);
        List<String> roles = jdbc.queryForList("select name from role where built_in order by name", String.class);

        assertThat(PermissionCatalogue.ALL).containsAll(seeded);
        assertThat(roles).containsExactly("admin", "catalog-manager", "inventory-manager", "marketing",
                "order-manager", "pricing-manager", "support");
        assertThat(jdbc.queryForList("select permission from role_permission where role_name = 'admin'", String.class))
                .containsExactlyInAnyOrderElementsOf(PermissionCatalogue.ALL);
    }
}
