package com.fleetcommerce.catalog.product.domain;

/** GS1 trade item numbers (EAN-8, UPC-A, EAN-13, GTIN-14): the digits on a barcode, with their check digit. */
public final class Gtin {

    private Gtin() {
    }

    public static boolean isValid(String code) {
        if (code == null || !code.matches("\\d{8}|\\d{12,14}")) {
            return false;
        }
        return checkDigit(code.substring(0, code.length() - 1)) == code.charAt(code.length() - 1) - '0';
    }

    /** The GS1 mod-10 check digit of the digits before it: weights 3 and 1 alternating from the right. */
    public static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }

    /** {@code digits} followed by their check digit. */
    public static String withCheckDigit(String digits) {
        return digits + checkDigit(digits);
    }
}
