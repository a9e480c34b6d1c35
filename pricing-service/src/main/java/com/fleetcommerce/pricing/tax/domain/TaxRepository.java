package com.fleetcommerce.pricing.tax.domain;

import java.util.Collection;
import java.util.List;

public interface TaxRepository {

    void putClass(TaxClass taxClass);

    boolean classExists(String code);

    List<TaxClass> classes();

    void putRate(TaxRate rate);

    boolean deleteRate(String taxClass, String country, String region);

    List<TaxRate> rates();

    /** The rates of these classes in one country (every region), for pricing a whole quote in one query. */
    List<TaxRate> ratesFor(Collection<String> taxClasses, String country);
}
