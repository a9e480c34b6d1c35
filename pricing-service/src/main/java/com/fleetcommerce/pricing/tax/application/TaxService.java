package com.fleetcommerce.pricing.tax.application;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fleetcommerce.shared.audit.StaffAudit;
import com.fleetcommerce.pricing.tax.domain.TaxClass;
import com.fleetcommerce.pricing.tax.domain.TaxRate;
import com.fleetcommerce.pricing.tax.domain.TaxRepository;
import com.fleetcommerce.pricing.tax.domain.TaxRuleViolation;
import com.fleetcommerce.shared.web.problem.InvalidParameterException;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tax classes and their rates per country and region. */
@Service
public class TaxService {

    private final TaxRepository taxes;
    private final StaffAudit audit;

    TaxService(TaxRepository taxes, StaffAudit audit) {
        this.taxes = taxes;
        this.audit = audit;
    }

    @Transactional
    public TaxClass putClass(String code, String name) {
        TaxClass taxClass = checked(() -> new TaxClass(code, name));
        TaxClass previous = taxes.classes().stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
        taxes.putClass(taxClass);
        audit.changed(previous == null ? "tax-class.created" : "tax-class.updated", "tax-class", code, previous,
                taxClass);
        return taxClass;
    }

    @Transactional
    public TaxRate putRate(String taxClass, String country, String region, BigDecimal ratePercent) {
        if (!taxes.classExists(taxClass)) {
            throw new ResourceNotFoundException("tax class", taxClass);
        }
        TaxRate rate = checked(() -> new TaxRate(taxClass, country, region, ratePercent));
        TaxRate previous = existingRate(taxClass, rate.country(), rate.region());
        taxes.putRate(rate);
        audit.changed(previous == null ? "tax-rate.created" : "tax-rate.changed", "tax-rate",
                rateId(taxClass, rate.country(), rate.region()), previous, rate);
        return rate;
    }

    @Transactional
    public void deleteRate(String taxClass, String country, String region) {
        TaxRate previous = existingRate(taxClass, country, region == null ? "" : region);
        if (!taxes.deleteRate(taxClass, country, region == null ? "" : region)) {
            throw new ResourceNotFoundException("tax rate", rateId(taxClass, country, region));
        }
        audit.changed("tax-rate.deleted", "tax-rate", rateId(taxClass, country, region), previous, null);
    }

    private TaxRate existingRate(String taxClass, String country, String region) {
        String wanted = region == null ? "" : region;
        return taxes.ratesFor(List.of(taxClass), country).stream()
                .filter(r -> (r.region() == null ? "" : r.region()).equals(wanted))
                .findFirst().orElse(null);
    }

    private static String rateId(String taxClass, String country, String region) {
        return taxClass + "/" + country + (region == null || region.isEmpty() ? "" : "/" + region);
    }

    @Transactional(readOnly = true)
    public boolean classExists(String code) {
        return taxes.classExists(code);
    }

    /** Every class with its rates, for the staff API (a handful of classes: no paging). */
    @Transactional(readOnly = true)
    public Map<TaxClass, List<TaxRate>> classesWithRates() {
        List<TaxRate> rates = taxes.rates();
        Map<TaxClass, List<TaxRate>> all = new java.util.LinkedHashMap<>();
        for (TaxClass taxClass : taxes.classes()) {
            all.put(taxClass, rates.stream().filter(r -> r.taxClass().equals(taxClass.code())).toList());
        }
        return all;
    }

    @Transactional(readOnly = true)
    public List<TaxRate> ratesFor(Collection<String> taxClasses, String country) {
        return taxes.ratesFor(taxClasses, country);
    }

    private static <T> T checked(Supplier<T> domainCall) {
        try {
            return domainCall.get();
        } catch (TaxRuleViolation violation) {
            throw new InvalidParameterException(violation.field(), violation.getMessage(), null);
        }
    }
}
