package com.fleetcommerce.pricing.price.application;

import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.shared.audit.StaffAudit;
import com.fleetcommerce.pricing.price.domain.PriceList;
import com.fleetcommerce.pricing.price.domain.PriceListKind;
import com.fleetcommerce.pricing.price.domain.PriceListRepository;
import com.fleetcommerce.pricing.price.domain.Window;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.web.http.ETags;
import com.fleetcommerce.shared.web.page.PageQuery;
import com.fleetcommerce.shared.web.page.PageResponse;
import com.fleetcommerce.shared.web.problem.ConflictException;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes price lists. A change that can move effective prices (priority, group, window, tax flag,
 * activation) re-resolves the list's SKUs before and after and publishes what moved ({@link PriceChangeEvents}).
 */
@Service
public class PriceListService {

    private final PriceListRepository lists;
    private final PriceChangeEvents events;
    private final StaffAudit audit;

    PriceListService(PriceListRepository lists, PriceChangeEvents events, StaffAudit audit) {
        this.lists = lists;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public PriceList create(String code, String currencyCode, PriceListKind kind, PriceListTerms terms) {
        Currency currency = currency(currencyCode);
        PriceList list = PricingProblems.checked(() -> new PriceList(Uuids.v7(), code, terms.name(), currency,
                terms.priority(), terms.customerGroup(), Window.of(terms.validFrom(), terms.validTo()),
                terms.taxInclusive(), kind, true, 0));
        if (!lists.insert(list)) {
            throw new ConflictException("price-list-code-taken", "A price list with code " + code + " exists.",
                    Map.of("priceListCode", code));
        }
        // a new list has no prices yet: nothing it could move
        audit.changed("price-list.created", "price-list", list.id().toString(), null, list);
        return list;
    }

    @Transactional
    public PriceList revise(UUID id, long expectedVersion, PriceListTerms terms) {
        PriceList current = get(id);
        PriceList revised = PricingProblems.checked(() -> current.revise(terms.name(), terms.priority(),
                terms.customerGroup(), Window.of(terms.validFrom(), terms.validTo()), terms.taxInclusive()));
        PriceList saved = save(current, revised, expectedVersion);
        audit.changed("price-list.revised", "price-list", id.toString(), current, saved);
        return saved;
    }

    @Transactional
    public PriceList setActive(UUID id, long expectedVersion, boolean active) {
        PriceList current = get(id);
        if (current.active() == active) {
            if (current.version() != expectedVersion) {
                throw ETags.stale(current.version());
            }
            return current;
        }
        PriceList saved = save(current, active ? current.activate() : current.deactivate(), expectedVersion);
        audit.changed(active ? "price-list.activated" : "price-list.deactivated", "price-list", id.toString(),
                current, saved);
        return saved;
    }

    private PriceList save(PriceList current, PriceList changed, long expectedVersion) {
        if (current.version() != expectedVersion) {
            throw ETags.stale(current.version());
        }
        PriceChangeEvents.Snapshot before = events.beforeListChange(current);
        if (!lists.update(changed, expectedVersion)) {
            throw ETags.stale(lists.findById(current.id()).map(PriceList::version).orElse(current.version()));
        }
        events.publishChanges(before);
        return changed;
    }

    @Transactional(readOnly = true)
    public PriceList get(UUID id) {
        return lists.findById(id).orElseThrow(() -> new ResourceNotFoundException("price list", id));
    }

    @Transactional(readOnly = true)
    public Optional<PriceList> findByCode(String code) {
        return lists.findByCode(code);
    }

    @Transactional(readOnly = true)
    public PageResponse<PriceList> page(PageQuery page) {
        return PageResponse.of(lists.page(page.offset(), page.size()), page, lists.count());
    }

    static Currency currency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw PricingProblems.badInput("unknown-currency", "currency",
                    "currency must be an ISO 4217 code such as VND or USD");
        }
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() < 0) {
                throw PricingProblems.badInput("unknown-currency", "currency", "currency " + code + " is not supported");
            }
            return currency;
        } catch (IllegalArgumentException unknown) {
            throw PricingProblems.badInput("unknown-currency", "currency", "currency " + code + " is not known");
        }
    }
}
