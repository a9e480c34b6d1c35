package com.fleetcommerce.customer.privacy.web;

import com.fleetcommerce.customer.customer.application.CustomerAccess;
import com.fleetcommerce.customer.privacy.application.PrivacyService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers/me")
public class PrivacyController {

    private final CustomerAccess access;
    private final PrivacyService privacy;

    PrivacyController(CustomerAccess access, PrivacyService privacy) {
        this.access = access;
        this.privacy = privacy;
    }

    /** Everything we hold about the caller, as one JSON document (a download in the browser). */
    @GetMapping("/export")
    ResponseEntity<ExportResponse> export() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"customer-data.json\"")
                .body(ExportResponse.of(privacy.export(access.me())));
    }

    /**
     * Anonymises the caller (204). Afterwards {@code GET /me} still answers, with the anonymised data and status
     * DELETED, until auth-service disables the account; every change answers 409 {@code customer-deleted}.
     */
    @DeleteMapping
    ResponseEntity<Void> delete() {
        privacy.delete(access.me());
        return ResponseEntity.noContent().build();
    }
}
