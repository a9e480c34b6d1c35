package com.fleetcommerce.auth.account.web;

import java.util.List;
import java.util.UUID;

import com.fleetcommerce.auth.account.application.AccountView;
import com.fleetcommerce.auth.account.application.EmailVerificationService;
import com.fleetcommerce.auth.account.application.MfaService;
import com.fleetcommerce.auth.account.application.PasswordService;
import com.fleetcommerce.auth.account.application.SessionService;
import com.fleetcommerce.auth.account.application.SessionView;
import com.fleetcommerce.auth.account.application.TotpEnrolment;
import com.fleetcommerce.shared.security.principal.PlatformPrincipal;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The logged-in customer's or staff member's own account, sessions, password and second factor. */
@RestController
@RequestMapping("/api/v1/auth")
@PreAuthorize("hasAnyAuthority('ACCOUNT_CUSTOMER', 'ACCOUNT_STAFF')")
class AccountSelfController {

    private final SessionService sessions;
    private final PasswordService passwords;
    private final EmailVerificationService verification;
    private final MfaService mfa;

    AccountSelfController(SessionService sessions, PasswordService passwords, EmailVerificationService verification,
                          MfaService mfa) {
        this.sessions = sessions;
        this.passwords = passwords;
        this.verification = verification;
        this.mfa = mfa;
    }

    @GetMapping("/me")
    AccountView me(@AuthenticationPrincipal PlatformPrincipal caller) {
        return sessions.me(Callers.accountId(caller));
    }

    @GetMapping("/sessions")
    List<SessionView> sessions(@AuthenticationPrincipal PlatformPrincipal caller) {
        return sessions.list(Callers.accountId(caller), Callers.sessionId(caller));
    }

    @DeleteMapping("/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal PlatformPrincipal caller, @PathVariable UUID id) {
        sessions.revoke(Callers.accountId(caller), id);
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@AuthenticationPrincipal PlatformPrincipal caller) {
        sessions.logout(Callers.accountId(caller), Callers.sessionId(caller));
    }

    @PostMapping("/logout-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logoutAll(@AuthenticationPrincipal PlatformPrincipal caller) {
        sessions.logoutAll(Callers.accountId(caller));
    }

    @PostMapping("/password/change")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@AuthenticationPrincipal PlatformPrincipal caller,
                        @Valid @RequestBody ChangePasswordRequest request) {
        passwords.change(Callers.accountId(caller), Callers.sessionId(caller), request.currentPassword(),
                request.newPassword());
    }

    @PostMapping("/email/verify-request")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void requestVerification(@AuthenticationPrincipal PlatformPrincipal caller) {
        verification.request(Callers.accountId(caller));
    }

    @PostMapping("/mfa/totp/enrol")
    TotpEnrolment enrol(@AuthenticationPrincipal PlatformPrincipal caller) {
        return mfa.enrol(Callers.accountId(caller));
    }

    @PostMapping("/mfa/totp/confirm")
    RecoveryCodesResponse confirm(@AuthenticationPrincipal PlatformPrincipal caller,
                                  @Valid @RequestBody TotpCodeRequest request) {
        return new RecoveryCodesResponse(mfa.confirm(Callers.accountId(caller), request.code()));
    }

    @PostMapping("/mfa/totp/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@AuthenticationPrincipal PlatformPrincipal caller, @Valid @RequestBody PasswordConfirmation request) {
        mfa.disable(Callers.accountId(caller), request.password());
    }
}
