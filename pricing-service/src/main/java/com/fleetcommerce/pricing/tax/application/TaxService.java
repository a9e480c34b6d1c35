package com.fleetcommerce.pricing.tax.application;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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

    TaxService(TaxRepository taxes) {
        this.taxes = taxes;
    }

    @Transactional
    public TaxClass putClass(String code, String name) {
        TaxClass taxClass = checked(() -> new TaxClass(code, name));
        taxes.putClass(taxClass);
        return taxClass;
    }

    @Transactional
    public TaxRate putRate(String taxClass, String country, String region, BigDecimal ratePercent) {
        if (!taxes.classExists(taxClass)) {
            throw new ResourceNotFoundException("tax class", taxClass);
        }
        TaxRate rate = checked(() -> new TaxRate(taxClass, country, region, ratePercent));
        taxes.putRate(rate);
        return rate;
    }

    @Transactional
    public void deleteRate(String taxClass, String country, String region) {
        if (!taxes.deleteRate(taxClass, country, region == null ? "" : region)) {
            throw new ResourceNotFoundException("tax rate", taxClass + "/" + country
                    + (region == null || region.isEmpty() ? "" : "/" + region));
        }
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
