package com.fleetcommerce.pricing.price.application;

import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.shared.audit.StaffAudit;
import com.fleetcommerce.pricing.price.domain.Price;
import com.fleetcommerce.pricing.price.domain.PriceList;
import com.fleetcommerce.pricing.price.domain.PriceRepository;
import com.fleetcommerce.pricing.price.domain.PriceTarget;
import com.fleetcommerce.pricing.price.domain.SkuProducts;
import com.fleetcommerce.pricing.price.domain.Window;
import com.fleetcommerce.pricing.tax.application.TaxService;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.web.page.PageQuery;
import com.fleetcommerce.shared.web.page.PageResponse;
import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts (upserts by list + target) and deletes prices. Every check runs before anything is written, and the write,
 * the SKU -> product mapping and the price events share one transaction: bad input changes nothing.
 */
@Service
public class PriceService {

    private final PriceListService lists;
    private final PriceRepository prices;
    private final SkuProducts skuProducts;
    private final TaxService taxes;
    private final PriceChangeEvents events;
    private final StaffAudit audit;

    PriceService(PriceListService lists, PriceRepository prices, SkuProducts skuProducts, TaxService taxes,
                 PriceChangeEvents events, StaffAudit audit) {
        this.audit = audit;
        this.lists = lists;
        this.prices = prices;
        this.skuProducts = skuProducts;
        this.taxes = taxes;
        this.events = events;
    }

    @Transactional
    public PutOutcome put(UUID listId, PutPrice put) {
        PriceList list = lists.get(listId);
        if (put.currency() != null && !put.currency().equals(list.currency().getCurrencyCode())) {
            throw PricingProblems.badInput("currency-mismatch", "amount.currency", "price list " + list.code()
                    + " is in " + list.currency().getCurrencyCode() + ", not " + put.currency());
        }
        PriceTarget target = PricingProblems.checked(() -> put.sku() != null
                ? PriceTarget.sku(put.sku(), put.warehouseId())
                : PriceTarget.product(put.productId(), put.warehouseId()));
        Price price = PricingProblems.checked(() -> Price.of(Uuids.v7(), list, target, put.amount(), put.compareAt(),
                put.tiers(), Window.of(put.validFrom(), put.validTo()), put.taxClass()));
        if (!taxes.classExists(price.taxClass())) {
            throw new BusinessRuleException("unknown-tax-class", HttpStatus.UNPROCESSABLE_CONTENT,
                    "tax class " + price.taxClass() + " does not exist", Map.of("taxClass", price.taxClass()));
        }

        Price previous = prices.find(list.id(), target).orElse(null);
        PriceChangeEvents.Snapshot before = events.beforePriceChange(list.currency(), target);
        if (target.skuLevel() && put.productId() != null) {
            // after the snapshot: learning the product can itself move the SKU's price (its product-level prices)
            skuProducts.put(target.sku(), put.productId());
        }
        boolean created = prices.upsert(price);
        int published = events.publishChanges(before);
        Price stored = prices.find(list.id(), target).orElseThrow();
        audit.changed("price.put", "price", auditId(list, target), previous, stored);
        return new PutOutcome(stored, created, published);
    }

    @Transactional
    public int delete(UUID listId, PriceTarget target) {
        PriceList list = lists.get(listId);
        Price previous = prices.find(list.id(), target).orElse(null);
        PriceChangeEvents.Snapshot before = events.beforePriceChange(list.currency(), target);
        if (!prices.delete(list.id(), target)) {
            throw new ResourceNotFoundException("price", describe(list, target));
        }
        int published = events.publishChanges(before);
        audit.changed("price.deleted", "price", auditId(list, target), previous, null);
        return published;
    }

    @Transactional(readOnly = true)
    public boolean exists(UUID listId, PriceTarget target) {
        return prices.find(listId, target).isPresent();
    }

    @Transactional(readOnly = true)
    public PageResponse<Price> page(UUID listId, PageQuery page) {
        PriceList list = lists.get(listId);
        return PageResponse.of(prices.pageOfList(list.id(), page.offset(), page.size()), page,
                prices.countOfList(list.id()));
    }

    /** {@code <list code>/<sku>[@<warehouse id>]} or {@code <list code>/product:<id>[@<warehouse id>]}. */
    static String auditId(PriceList list, PriceTarget target) {
        return list.code() + "/" + (target.skuLevel() ? target.sku() : "product:" + target.productId())
                + (target.warehouseId() == null ? "" : "@" + target.warehouseId());
    }

    private static String describe(PriceList list, PriceTarget target) {
        return list.code() + "/" + (target.skuLevel() ? "sku " + target.sku() : "product " + target.productId())
                + (target.warehouseId() == null ? "" : "/warehouse " + target.warehouseId());
    }
}
