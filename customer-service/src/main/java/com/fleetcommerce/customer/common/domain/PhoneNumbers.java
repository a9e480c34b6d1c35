package com.fleetcommerce.customer.common.domain;

import java.util.regex.Pattern;

/** Phone number formats: Vietnamese mobile numbers, and a loose international (E.164-like) form for the rest. */
public final class PhoneNumbers {

    /** +84 or 0, then a mobile prefix 3/5/7/8/9 and eight digits (the numbering plan since 2018). */
    private static final Pattern VIETNAM = Pattern.compile("^(?:\\+84|84|0)(3|5|7|8|9)\\d{8}$");
    private static final Pattern INTERNATIONAL = Pattern.compile("^\\+?[1-9]\\d{6,14}$");

    private PhoneNumbers() {
    }

    /** Drops the separators people type ({@code 090 123-45.67}). */
    public static String normalise(String phone) {
        return phone == null ? null : phone.replaceAll("[\\s.\\-()]", "");
    }

    public static boolean isVietnamese(String phone) {
        return phone != null && VIETNAM.matcher(normalise(phone)).matches();
    }

    public static boolean isInternational(String phone) {
        return phone != null && INTERNATIONAL.matcher(normalise(phone)).matches();
    }
}
