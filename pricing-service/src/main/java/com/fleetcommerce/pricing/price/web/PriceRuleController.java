package com.fleetcommerce.pricing.price.web;

import java.net.URI;
import java.util.UUID;

import com.fleetcommerce.pricing.price.application.PriceRuleService;
import com.fleetcommerce.pricing.price.application.PricingProblems;
import com.fleetcommerce.pricing.price.domain.PriceRule;
import com.fleetcommerce.shared.security.method.RequiresPermission;
import com.fleetcommerce.shared.web.http.ETags;
import com.fleetcommerce.shared.web.page.PageQuery;
import com.fleetcommerce.shared.web.page.PageResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff API of price rules: reads need {@code prices:read} (or write), changes {@code prices:write}. */
@RestController
@RequestMapping("/api/v1/price-rules")
class PriceRuleController {

    private final PriceRuleService rules;

    PriceRuleController(PriceRuleService rules) {
        this.rules = rules;
    }

    @PostMapping
    @RequiresPermission("prices:write")
    ResponseEntity<PriceRuleResponse> create(@Valid @RequestBody PriceRuleBody request) {
        if (request.code() == null) {
            throw PricingProblems.badInput("invalid-code", "code", "code is required");
        }
        PriceRule created = rules.create(request.code(), request.baseList(), request.terms());
        return ResponseEntity.created(URI.create("/api/v1/price-rules/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(PriceRuleResponse.of(created));
    }

    @GetMapping
    @PreAuthorize(PriceListController.CAN_READ)
    PageResponse<PriceRuleResponse> list(PageQuery page) {
        return rules.page(page).map(PriceRuleResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(PriceListController.CAN_READ)
    ResponseEntity<PriceRuleResponse> get(@PathVariable UUID id) {
        return withETag(rules.get(id));
    }

    @PutMapping("/{id}")
    @RequiresPermission("prices:write")
    ResponseEntity<PriceRuleResponse> revise(@PathVariable UUID id,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody PriceRuleBody request) {
        return withETag(rules.revise(id, ETags.requireIfMatch(ifMatch), request.terms()));
    }

    @PostMapping("/{id}/deactivate")
    @RequiresPermission("prices:write")
    ResponseEntity<PriceRuleResponse> deactivate(@PathVariable UUID id,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(rules.setActive(id, ETags.requireIfMatch(ifMatch), false));
    }

    @PostMapping("/{id}/activate")
    @RequiresPermission("prices:write")
    ResponseEntity<PriceRuleResponse> activate(@PathVariable UUID id,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(rules.setActive(id, ETags.requireIfMatch(ifMatch), true));
    }

    private static ResponseEntity<PriceRuleResponse> withETag(PriceRule rule) {
        return ResponseEntity.ok().eTag(ETags.of(rule.version())).body(PriceRuleResponse.of(rule));
    }
}
