package com.fleetcommerce.auth.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fleetcommerce.auth.AuthApi;
import com.fleetcommerce.auth.AuthIntegrationTest;
import com.fleetcommerce.auth.account.domain.Base32;
import com.fleetcommerce.auth.account.domain.Totp;
import com.fleetcommerce.testsupport.ApiClient.Response;
import com.fleetcommerce.testsupport.MovableApplicationClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** TOTP enrolment, login with a code (computed here from the secret), recovery codes once each, disabling. */
@AuthIntegrationTest
class TotpLoginTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    AuthApi api;

    @BeforeEach
    void setUp() {
        api = new AuthApi(port);
    }

    @AfterEach
    void resetClock() {
        MovableApplicationClock.reset();
    }

    private static String codeAt(byte[] secret, long step) {
        return Totp.code(secret, step);
    }

    @Test
    void enrolConfirmAndLogInWithCodesAndRecoveryCodes() {
        String email = api.newCustomer();
        String token = api.loginOk(email, AuthApi.PASSWORD).path("accessToken").asString();

        Response enrol = api.post("/api/v1/auth/mfa/totp/enrol", token, null);
        assertThat(enrol.status()).isEqualTo(200);
        String secretText = enrol.body().path("secret").asString();
        assertThat(enrol.body().path("otpauthUri").asString()).startsWith("otpauth://totp/FleetCommerce:")
                .contains("secret=" + secretText).contains("issuer=FleetCommerce");
        assertThat(jdbc.queryForObject("select totp_secret from account where email = ?", String.class, email))
                .as("stored encrypted").isNotEqualTo(secretText);
        byte[] secret = Base32.decode(secretText);
        // frozen: the server's TOTP step must be the one the codes are computed for
        long step = Totp.stepAt(MovableApplicationClock.freeze());

        assertThat(api.post("/api/v1/auth/mfa/totp/confirm", token, Map.of("code", "000000".equals(codeAt(secret, step))
                ? "111111" : "000000")).status()).as("wrong code").isEqualTo(400);
        assertThat(api.post("/api/v1/auth/mfa/totp/confirm", token, Map.of("code", "12ab")).status()).isEqualTo(400);
        assertThat(api.me(token).body().path("mfaEnabled").asBoolean()).as("a wrong code changes nothing").isFalse();
        assertThat(api.loginOk(email, AuthApi.PASSWORD).has("accessToken")).isTrue();
        Response confirm = api.post("/api/v1/auth/mfa/totp/confirm", token, Map.of("code", codeAt(secret, step - 1)));
        assertThat(confirm.status()).isEqualTo(200);
        JsonNode recoveryCodes = confirm.body().path("recoveryCodes");
        assertThat(recoveryCodes.size()).isEqualTo(10);
        assertThat(api.me(token).body().path("mfaEnabled").asBoolean()).isTrue();

        // password alone is not enough any more
        Response first = api.login(email, AuthApi.PASSWORD);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("mfaRequired").asBoolean()).isTrue();
        assertThat(first.body().has("accessToken")).isFalse();
        String mfaToken = first.body().path("mfaToken").asString();

        assertThat(api.post("/api/v1/auth/login/mfa", null, Map.of("mfaToken", mfaToken, "code", codeAt(secret, step - 1)))
                .status()).as("the confirming code's step is used up").isEqualTo(401);
        Response second = api.post("/api/v1/auth/login/mfa", null, Map.of("mfaToken", mfaToken, "code", codeAt(secret, step)));
        assertThat(second.status()).isEqualTo(200);
        assertThat(api.me(second.body().path("accessToken").asString()).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/auth/login/mfa", null, Map.of("mfaToken", mfaToken, "code", codeAt(secret, step + 1)))
                .status()).as("an MFA token works once").isEqualTo(401);

        String again = api.login(email, AuthApi.PASSWORD).body().path("mfaToken").asString();
        assertThat(api.post("/api/v1/auth/login/mfa", null, Map.of("mfaToken", again, "code", codeAt(secret, step)))
                .status()).as("the same code is not accepted twice").isEqualTo(401);

        String recovery = recoveryCodes.get(0).asString();
        Response withRecovery = api.post("/api/v1/auth/login/mfa", null, Map.of("mfaToken", again, "recoveryCode", recovery));
        assertThat(withRecovery.status()).isEqualTo(200);
        String third = api.login(email, AuthApi.PASSWORD).body().path("mfaToken").asString();
        assertThat(api.post("/api/v1/auth/login/mfa", null, Map.of("mfaToken", third, "recoveryCode", recovery)).status())
                .as("a recovery code works once").isEqualTo(401);
        assertThat(api.post("/api/v1/auth/login/mfa", null, Map.of("mfaToken", third,
                "recoveryCode", recoveryCodes.get(1).asString().toUpperCase())).status()).isEqualTo(200);

        String current = withRecovery.body().path("accessToken").asString();
        assertThat(api.post("/api/v1/auth/mfa/totp/disable", current, Map.of("password", "wrong-Password-1")).status())
                .isEqualTo(400);
        assertThat(api.me(current).body().path("mfaEnabled").asBoolean()).isTrue();
        assertThat(api.post("/api/v1/auth/mfa/totp/disable", current, Map.of("password", AuthApi.PASSWORD)).status())
                .isEqualTo(204);
        assertThat(api.loginOk(email, AuthApi.PASSWORD).has("accessToken")).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from recovery_code rc join account a on a.id = rc.account_id "
                + "where a.email = ?", Integer.class, email)).isZero();
    }
}
